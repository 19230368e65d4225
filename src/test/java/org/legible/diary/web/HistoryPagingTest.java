package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.support.CheckIns;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The history pages by days that hold anything, two weeks a page, so a day only an import filled in is listed. */
@LegibleTest
class HistoryPagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    @Autowired
    HealthMeasures measures;

    @Test
    void fourteen_days_a_page_newest_first_with_days_of_steps_alone_among_them() throws Exception {
        String email = People.uniqueEmail("ann");
        MockHttpSession ann = new People(mvc).signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 10; i++) {
            diary.record(account, checkIn(first.plusDays(i), i % 11));
        }
        diary.record(account, checkIn(first.plusDays(9), 10));
        measures.save(
                account,
                "csv",
                "steps.csv",
                "c".repeat(64),
                5,
                List.of(),
                List.of(
                        new HealthMeasures.StepDay(first.plusDays(9), "steps.csv", 4000),
                        new HealthMeasures.StepDay(first.plusDays(10), "steps.csv", 5000),
                        new HealthMeasures.StepDay(first.plusDays(11), "steps.csv", 6000),
                        new HealthMeasures.StepDay(first.plusDays(12), "steps.csv", 7000),
                        new HealthMeasures.StepDay(first.plusDays(13), "steps.csv", 8000),
                        new HealthMeasures.StepDay(first.plusDays(14), "steps.csv", 9000)));

        String newest = mvc.perform(get("/history").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(newest)
                .as("15 Jan has only steps, and is the newest day")
                .containsSubsequence("datetime=\"2026-01-15\"", "9,000 steps", "datetime=\"2026-01-02\"")
                .doesNotContain("datetime=\"2026-01-01\"")
                .contains("href=\"/history?page=1\"", "Older days");
        assertThat(newest.split("class=\"check-in-entry\"", -1))
                .as("two check-ins on 10 Jan, one on each of the 8 days before it on this page")
                .hasSize(1 + 2 + 8);

        String older = mvc.perform(get("/history?page=1").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(older).contains("datetime=\"2026-01-01\"").doesNotContain("datetime=\"2026-01-02\"");
        assertThat(older).doesNotContain("Older days");
    }

    private static CheckInDetails checkIn(LocalDate day, int pain) {
        return CheckIns.on(day, pain).details();
    }
}
