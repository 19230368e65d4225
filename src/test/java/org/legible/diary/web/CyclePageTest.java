package org.legible.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Following the menstrual cycle: turning it on, marking and taking back period starts, and pain by its parts. */
@LegibleTest
@Import(TestClockConfiguration.class)
class CyclePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        ann = new People(mvc).signUp(People.uniqueEmail("ann"));
    }

    private String page(String url) throws Exception {
        return new People(mvc).page(ann, url);
    }

    private MockHttpServletResponse mark(String day) throws Exception {
        return mvc.perform(post("/cycle").session(ann).with(csrf()).param("day", day))
                .andReturn()
                .getResponse();
    }

    private void follow(boolean on) throws Exception {
        mvc.perform(post("/cycle/following").session(ann).with(csrf()).param("on", String.valueOf(on)))
                .andExpect(redirectedUrl("/cycle"));
    }

    @Test
    void it_is_off_until_the_person_turns_it_on_and_then_asks_only_the_day() throws Exception {
        assertThat(page("/cycle")).contains("Follow my cycle").doesNotContain("name=\"day\"");
        assertThat(page("/more")).contains("href=\"/cycle\"");
        assertThat(page("/insights?days=30")).doesNotContain("href=\"/insights/cycle");
        MockHttpServletResponse whileOff = mark("2026-03-08");
        assertThat(whileOff.getStatus()).as("nothing is kept while it is off").isEqualTo(409);
        assertThat(whileOff.getContentAsString())
                .contains("Following your cycle was turned off, so nothing was marked.")
                .contains("name=\"day\" value=\"2026-03-08\"");
        mvc.perform(post("/cycle/following")
                        .session(ann)
                        .with(csrf())
                        .param("on", "true")
                        .param("day", "2026-03-08"))
                .andExpect(redirectedUrl("/cycle?day=2026-03-08"));
        assertThat(page("/cycle?day=2026-03-08"))
                .as("turned on from there, the day chosen is waiting in the field, not yet marked")
                .contains("id=\"day\" name=\"day\" value=\"2026-03-08\"", "None yet.");
        follow(false);

        follow(true);

        assertThat(page("/cycle"))
                .contains("The day a period started", "value=\"2026-03-10\"", "max=\"2026-03-10\"", "None yet.")
                .contains("Stop following my cycle");
        assertThat(page("/account")).containsPattern("name=\"cycle\" value=\"on\"[^>]*checked");
        assertThat(page("/insights?days=30")).contains("href=\"/insights/cycle");

        follow(false);
        assertThat(page("/cycle")).contains("Follow my cycle");
        mvc.perform(post("/account/preferences")
                        .session(ann)
                        .with(csrf())
                        .param("timeZone", "Europe/London")
                        .param("dayBoundary", "04:00")
                        .param("cycle", "on"))
                .andExpect(redirectedUrl("/account"));
        assertThat(page("/cycle")).as("the account page's tick turns it on too").contains("name=\"day\"");
    }

    @Test
    void days_are_marked_refused_in_words_by_their_field_and_taken_back() throws Exception {
        follow(true);

        MockHttpServletResponse future = mark("2026-03-11");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString())
                .contains("A period start cannot be after today.", "href=\"#day\"", "value=\"2026-03-11\"")
                .containsPattern("id=\"day\"[^>]*aria-invalid=\"true\"");
        assertThat(mark("").getContentAsString()).contains("Enter the day the period started.");
        assertThat(mark("10 March").getContentAsString())
                .contains("Enter the day as year-month-day, for example 2026-03-31.", "value=\"10 March\"");

        assertThat(mark("2026-01-13").getRedirectedUrl()).isEqualTo("/cycle");
        assertThat(mark("2026-02-10").getRedirectedUrl()).isEqualTo("/cycle");
        MockHttpServletResponse today = mvc.perform(
                        post("/cycle").session(ann).with(csrf()).param("day", "2026-03-10"))
                .andReturn()
                .getResponse();
        assertThat(today.getRedirectedUrl()).isEqualTo("/cycle");
        assertThat(mark("2026-03-10").getRedirectedUrl())
                .as("marked again: no change")
                .isEqualTo("/cycle");

        String list = page("/cycle");
        assertThat(list)
                .contains("Tuesday, March 10, 2026", "Tuesday, February 10, 2026", "Tuesday, January 13, 2026")
                .contains("28 days after the one before");
        assertThat(list.indexOf("March 10, 2026")).as("newest first").isLessThan(list.indexOf("January 13, 2026"));

        mvc.perform(post("/cycle/remove").session(ann).with(csrf()).param("day", "2026-02-10"))
                .andExpect(redirectedUrl("/cycle"));
        assertThat(page("/cycle"))
                .contains("Taken back: Tuesday, February 10, 2026.", "56 days after the one before")
                .doesNotContain("value=\"2026-02-10\"");
        mvc.perform(post("/cycle/remove").session(ann).with(csrf()).param("day", "2026-02-10"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cycle/remove").session(ann).with(csrf()).param("day", "yesterday"))
                .andExpect(status().isNotFound());
    }

    @Test
    void today_offers_one_tap_to_mark_a_period_start_only_to_someone_who_follows_their_cycle() throws Exception {
        assertThat(page("/")).doesNotContain("My period started today");
        follow(true);
        assertThat(page("/")).contains("My period started today", "name=\"back\" value=\"today\"");

        mvc.perform(post("/cycle")
                        .session(ann)
                        .with(csrf())
                        .param("day", "2026-03-10")
                        .param("back", "today"))
                .andExpect(redirectedUrl("/"));

        assertThat(page("/")).contains("A period start is marked today.").doesNotContain("My period started today");
        assertThat(page("/cycle")).contains("Tuesday, March 10, 2026");
    }

    @Test
    void the_patterns_page_waits_for_two_whole_cycles_then_shows_pain_by_part() throws Exception {
        follow(true);
        mark("2026-01-13");
        mark("2026-02-10");
        for (String day : new String[] {"2026-01-20", "2026-02-07", "2026-02-20", "2026-03-08"}) {
            mvc.perform(checkIn("/check-ins", ann)
                            .param("diaryDay", day)
                            .param("overallPain", day.endsWith("20") ? "3" : "7"))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(page("/insights/cycle?days=90"))
                .contains("Pain and your cycle", "Whole cycles in these days so far: 1.", "Mark a period start");

        mark("2026-03-10");
        String part = page("/insights/cycle?days=90");
        assertThat(part)
                .contains("From 2 whole cycles in these days, of 28, 28 days.")
                .contains("The 5 days before a period", "The first 4 days of a period", "The rest of the cycle")
                .containsPattern("The 5 days before a period</th>\\s*<td>7.0</td>\\s*<td>2</td>")
                .containsPattern("The first 4 days of a period</th>\\s*<td>no days</td>\\s*<td>0</td>")
                .contains("Not enough days yet to set the 5 days before a period against the rest of the cycle")
                .contains("windows used for premenstrual symptoms");
    }
}
