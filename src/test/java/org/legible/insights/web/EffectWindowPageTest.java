package org.legible.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "What seems to help" counts each strategy over its effect window, says which, and lets the person change it. */
@LegibleTest
@Import(TestClockConfiguration.class)
class EffectWindowPageTest {

    private static final String HELPS = "/insights/helps?days=30";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    MockHttpSession ann;

    /** Twenty days, 19 Feb to 10 Mar: heat and ibuprofen on the even days at pain 3, the odd days at pain 7. */
    @BeforeEach
    void twentyDaysOfHeat() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
        for (int n = 0; n < 20; n++) {
            LocalDate day = LocalDate.of(2026, 2, 19).plusDays(n);
            var request = checkIn("/check-ins", ann).param("diaryDay", day.toString());
            if (n % 2 == 0) {
                request.param("overallPain", "3")
                        .param("strategies[0].code", "heat")
                        .param("strategies[0].used", "on")
                        .param("medications[0].name", "Ibuprofen");
            } else {
                request.param("overallPain", "7");
            }
            mvc.perform(request).andExpect(status().is3xxRedirection());
        }
    }

    private String page(String url) throws Exception {
        return people.page(ann, url);
    }

    private void choose(String strategy, String startsAfter, String lasts) throws Exception {
        mvc.perform(post("/insights/effect-window")
                        .session(ann)
                        .with(csrf())
                        .param("strategy", strategy)
                        .param("startsAfter", startsAfter)
                        .param("lasts", lasts)
                        .param("days", "30"))
                .andExpect(redirectedUrl(HELPS + "#effect-windows"));
    }

    @Test
    void heat_is_counted_the_same_day_until_the_person_counts_it_the_next_day() throws Exception {
        assertThat(page(HELPS))
                .contains("Over the days it could act", "When an effect is counted", "It could start")
                .containsPattern(
                        "\\(−4.0 to −4.0\\)</span>\\s*</td>\\s*<td[^>]*>\\s*<span class=\"report-window\">the same day</span>")
                .contains("aria-label=\"Save when the effect of Heat is counted\"");

        choose("heat", "1", "1");

        String counted = page(HELPS);
        assertThat(counted)
                .contains("Saved. The table counts it over the days you chose.")
                .containsPattern("<span class=\"report-window\">the next day</span>\\s*<span>\\+4.0</span>");
        assertThat(counted)
                .containsPattern("name=\"startsAfter\">\\s*<option value=\"0\">the same day</option>\\s*"
                        + "<option value=\"1\" selected=\"selected\">1 day after</option>");
        assertThat(page("/export/legible.json"))
                .contains("\"effectWindows\" : [ {", "\"strategy\" : \"heat\"", "\"startsAfter\" : 1", "\"lasts\" : 1");

        mvc.perform(post("/insights/effect-window")
                        .session(ann)
                        .with(csrf())
                        .param("strategy", "heat")
                        .param("action", "reset")
                        .param("days", "30"))
                .andExpect(redirectedUrl(HELPS + "#effect-windows"));
        assertThat(page(HELPS)).contains("<span class=\"report-window\">the same day</span>");
    }

    @Test
    void a_medication_is_set_against_the_pain_too_and_its_window_chosen_by_its_name() throws Exception {
        assertThat(page(HELPS))
                .containsPattern("<th scope=\"row\">Ibuprofen</th>")
                .contains("<legend>Ibuprofen</legend>", "value=\"med:ibuprofen\"");
        choose("med:ibuprofen", "0", "2");
        assertThat(page(HELPS)).contains("the same day and the next");
        assertThat(page("/export/legible.json")).contains("\"strategy\" : \"med:ibuprofen\"");
    }

    @Test
    void a_value_only_an_edited_request_could_send_is_refused_in_words_and_changes_nothing() throws Exception {
        choose("heat", "8", "1");
        assertThat(page(HELPS))
                .contains("Choose a whole number of days from 0 to 7.")
                .contains("<span class=\"report-window\">the same day</span>");
        choose("heat", "0", "0");
        assertThat(page(HELPS)).contains("Choose a whole number of days from 1 to 7.");
        choose("not-a-strategy", "0", "1");
        assertThat(page(HELPS)).contains("This is not one of your strategies.");
        assertThat(page("/export/legible.json")).contains("\"effectWindows\" : [ ]");
    }
}
