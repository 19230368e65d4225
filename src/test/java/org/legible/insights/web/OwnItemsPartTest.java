package org.legible.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails.OwnAnswer;
import org.legible.diary.Diary;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItemDraft;
import org.legible.diary.OwnItems;
import org.legible.support.CheckIns;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The patterns page's part for own items: each on its own terms, then against pain as many days later as chosen. */
@LegibleTest
@Import(TestClockConfiguration.class)
class OwnItemsPartTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    @Autowired
    OwnItems ownItems;

    MockHttpSession ann;
    AccountId account;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        String email = People.uniqueEmail("ann");
        ann = new People(mvc).signUp(email);
        account = accounts.findByEmail(email).orElseThrow();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
    }

    @Autowired
    org.legible.diary.HealthMeasures measures;

    @Test
    void ratings_brought_in_from_another_app_join_the_same_list_on_their_own_scale() throws Exception {
        LocalDate today = diary.today(account);
        List<org.legible.diary.HealthMeasures.TrackerEntry> ratings = new java.util.ArrayList<>();
        for (int n = 0; n < 3; n++) {
            ratings.add(org.legible.diary.HealthMeasures.TrackerEntry.rating(today.minusDays(n), "Fatigue", n + 1, 4));
        }
        measures.save(account, "flaredown", "flaredown.csv", "a".repeat(64), 3, List.of(), List.of(), ratings);
        assertThat(page("/insights")).contains("href=\"/insights/own?days=30\"");
        assertThat(page("/insights/own?days=30"))
                .contains("<h3>Fatigue</h3>", "Rated in another app and brought in with an import")
                .contains("Rated on 3 days: 2.0 on average on its scale of 0 to 4, from 1.0 to 3.0.");
        assertThat(page("/own-items"))
                .as("the list holds them beside the person's own")
                .contains("Brought in from other apps", "<strong>Fatigue</strong>", "rated 0 to 4, on 3 days");
        assertThat(page("/report?days=30"))
                .as("the report keeps them in their own table")
                .doesNotContain("Beside the pain: mood, stress");
    }

    @Test
    void each_item_is_summed_up_on_its_own_terms_and_set_against_pain_the_same_or_a_later_day() throws Exception {
        assertThat(page("/insights")).doesNotContain("/insights/own");
        OwnItem nap = ownItems.add(account, new OwnItemDraft("Nap", "yes_no", null, null, null, null))
                .item();
        OwnItem water = ownItems.add(account, new OwnItemDraft("Water", "number", null, null, "glasses", null))
                .item();
        OwnItem energy = ownItems.add(
                        account, new OwnItemDraft("Energy", "words", null, null, null, List.of("low", "high")))
                .item();
        LocalDate today = diary.today(account);
        // Twelve days: a nap on every other day, when pain is 3 that day and 7 the day after; water 1 to 12 glasses.
        for (int n = 0; n < 12; n++) {
            LocalDate day = today.minusDays(11 - n);
            boolean napped = n % 2 == 0;
            diary.record(
                    account,
                    CheckIns.on(day, napped ? 3 : 7)
                            .ownItems(
                                    new OwnAnswer(nap.id(), napped ? "yes" : "no"),
                                    new OwnAnswer(water.id(), Integer.toString(n + 1)),
                                    new OwnAnswer(energy.id(), napped ? "high" : "low"))
                            .details());
        }

        assertThat(page("/insights")).contains("href=\"/insights/own?days=30\"");
        String sameDay = page("/insights/own?days=30");
        assertThat(sameDay)
                .contains("<h3>Nap</h3>", "Yes on 6 of the 12 days answered.")
                .contains("On days of yes, your mean leg and foot pain the same day was 3.0, against 7.0 for the other"
                        + " days: a difference of −4.0")
                .contains("Answered on 12 days: 6.5 glasses on average, from 1.0 to 12.0.")
                .contains("high: 6 days", "low: 6 days")
                .contains("Together is not cause");
        assertThat(page("/insights/own?days=30&lag=1"))
                .as("the next day's pain: a nap day is followed by a 7, the others by a 3 (11 pairs)")
                .contains("your mean leg and foot pain the next day was 7.0, against 3.0 for the other days")
                .contains("<option value=\"1\" selected=\"selected\">the next day</option>");
        assertThat(page("/report?days=30"))
                .as("page 2 of the report")
                .contains("Beside the pain: mood, stress, how much pain got in the way, and what the person tracks of"
                        + " their own, each on its own terms")
                .containsPattern("<th scope=\"row\">Nap</th> <td>12</td> <td> yes on 6 days </td> <td>−4.0 \\(")
                .contains("6.5 glasses (1.0 to 12.0)", "low 6, high 6");
        byte[] pdf = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/report/pdf")
                                .session(ann)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("from", today.minusDays(29).toString())
                                .param("to", today.toString())
                                .param("paper", "a4"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(document)
                            .replaceAll("\\s+", " "))
                    .contains("Beside the pain", "Nap", "yes on 6 days");
        }
        assertThat(page("/insights/own?days=30&lag=9"))
                .as("an unknown lag is the same day")
                .contains("<option value=\"0\" selected=\"selected\">the same day</option>");
    }

    @Test
    void mood_stress_and_pain_in_the_way_are_shown_over_time_against_pain_and_on_the_report() throws Exception {
        LocalDate today = diary.today(account);
        // Ten days: stress 8 on the even days, when pain is 7; stress 2 on the odd days, pain 3. Mood 5 throughout;
        // pain in the way on the last day only.
        for (int n = 0; n < 10; n++) {
            boolean stressed = n % 2 == 0;
            diary.record(
                    account,
                    CheckIns.on(today.minusDays(9 - n), stressed ? 7 : 3)
                            .moodAndStress(5, stressed ? 8 : 2)
                            .interference(n == 9 ? 4 : null)
                            .details());
        }

        assertThat(page("/insights"))
                .as("the link shows without any item of the person's own")
                .contains("href=\"/insights/own?days=30\"", "Mood, stress and your own things to track");
        String part = page("/insights/own?days=30");
        assertThat(part)
                .contains("<h3>Mood (10 = very good)</h3>", "Answered on 10 days: 5.0 on average, from 5.0 to 5.0")
                .contains("<h3>Stress (10 = the most)</h3>", "Answered on 10 days: 5.0 on average, from 2.0 to 8.0")
                .contains("On days above 5.0 (your usual), your mean leg and foot pain the same day was 7.0, against"
                        + " 3.0 for the other days: a difference of +4.0")
                .contains("<h3>Pain got in the way of the day (10 = completely)</h3>", "Answered on 1 day: 4.0")
                .as("a line for each")
                .containsPattern("(<polyline points=\"[^\"]+\"></polyline>.*){3}");
        assertThat(part.indexOf("Mood (10")).isLessThan(part.indexOf("Stress (10"));
        assertThat(page("/report?days=30"))
                .as("page 2 of the report")
                .contains("Beside the pain: mood, stress")
                .containsPattern("<th scope=\"row\">Stress \\(10 = the most\\)</th> <td>10</td> <td> 5.0 on 0 to 10"
                        + " \\(2.0 to 8.0\\) </td> <td>\\+4.0 \\(");
    }
}
