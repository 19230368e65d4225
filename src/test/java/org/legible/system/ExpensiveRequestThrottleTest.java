package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** security.md §13: PDFs, exports and imports are limited per person and per address; everything else is not. */
@LegibleTest
@Import(TestClockConfiguration.class)
@TestPropertySource(
        properties = {"legible.throttle.expensive-per-minute=3", "legible.throttle.expensive-per-address-per-minute=5"})
class ExpensiveRequestThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    private int export(MockHttpSession session) throws Exception {
        return mvc.perform(get("/export/legible.json").session(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void the_fourth_export_in_a_minute_waits_other_pages_and_other_people_do_not() throws Exception {
        clock.set(Instant.parse("2026-11-22T10:00:00Z"));
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));

        assertThat(export(ann)).isEqualTo(200);
        assertThat(export(ann)).isEqualTo(200);
        assertThat(mvc.perform(post("/report/pdf")
                                .session(ann)
                                .with(csrf())
                                .param("from", "2026-11-01")
                                .param("to", "2026-11-22")
                                .param("paper", "a4"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MockHttpServletResponse refused = mvc.perform(
                        get("/export/legible-csv.zip").session(ann))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(mvc.perform(get("/history").session(ann))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("ordinary pages are not limited")
                .isEqualTo(200);

        assertThat(export(bob)).as("another person has their own budget").isEqualTo(200);
        assertThat(export(bob)).as("but the address allows five in a minute").isEqualTo(429);

        clock.set(Instant.parse("2026-11-22T10:01:00Z"));
        assertThat(export(ann))
                .as("a minute later the first requests have left the window")
                .isEqualTo(200);
    }

    @Test
    void every_kind_of_upload_counts_against_the_same_budget() throws Exception {
        clock.set(Instant.parse("2026-11-22T11:00:00Z"));
        MockHttpSession cy = new People(mvc).signUp(People.uniqueEmail("cy"));
        byte[] csv = "day,steps\n2026-11-01,4000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] statuses = new int[4];
        String[][] uploads = {
            {"/import/health/csv", "csvFile"},
            {"/import/health/fitbit", "fitbitFile"},
            {"/import/health", "file"},
            {"/import/health/csv", "csvFile"}
        };
        for (int i = 0; i < uploads.length; i++) {
            statuses[i] = mvc.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(uploads[i][0])
                                    .file(new org.springframework.mock.web.MockMultipartFile(
                                            uploads[i][1], "steps-2026-11-01.json", "text/csv", csv))
                                    .session(cy)
                                    .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(statuses[0]).as("the first three are taken in").isEqualTo(302);
        assertThat(statuses[1]).isEqualTo(302);
        assertThat(statuses[2]).isEqualTo(302);
        assertThat(statuses[3]).as("the fourth upload in a minute waits").isEqualTo(429);
    }

    @Test
    void the_pages_that_read_a_kept_aside_file_count_against_the_budget_too() throws Exception {
        clock.set(Instant.parse("2026-11-22T12:00:00Z"));
        MockHttpSession dee = new People(mvc).signUp(People.uniqueEmail("dee"));
        String mapping = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/import/health/csv")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "csvFile",
                                "sleep.csv",
                                "text/csv",
                                "day,sleep\n2026-11-01,7.5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .session(dee)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(mapping).startsWith("/import/health/csv/");

        int[] statuses = new int[3];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = mvc.perform(get(mapping).session(dee))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }

        assertThat(statuses).containsExactly(200, 200, 429);
    }
}
