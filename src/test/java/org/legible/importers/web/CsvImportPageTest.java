package org.legible.importers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.legible.support.Fixtures;
import org.legible.support.HealthImportJobs;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Any CSV through the pages: upload, map the columns, preview, bring in; Fitabase's many-person file. */
@LegibleTest
class CsvImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    HealthMeasures measures;

    People people;
    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    /** Uploads a CSV as the page's form does; the response redirects to its mapping page, or refuses it. */
    private MockHttpServletResponse uploadCsv(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/import/health/csv")
                        .file(new MockMultipartFile("csvFile", name, "text/csv", content))
                        .session(ann)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** Six good days of sleep, then {@code seventh} as the seventh row (line 8). */
    private static byte[] sixDaysThen(String seventh) {
        return ("day,sleep\n2024-03-01,7.5\n2024-03-02,7.5\n2024-03-03,7.5\n2024-03-04,7.5\n2024-03-05,7.5\n"
                        + "2024-03-06,7.5\n2024-03-07," + seventh)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The mapping form for the sleep files below: the day in column 0 as ISO, hours asleep in column 1. */
    private MockHttpServletResponse sleepMapping(String mapping, MockHttpSession who, String action) throws Exception {
        return mvc.perform(post(mapping)
                        .session(who)
                        .with(csrf())
                        .param("action", action)
                        .param("dateColumn", "0")
                        .param("dateFormat", "ISO")
                        .param("sleepColumn", "1"))
                .andReturn()
                .getResponse();
    }

    private String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString().replaceAll("\\s+", " ");
    }

    /** The mapping form sent with the day in column 1 (month first) and steps in column 2, rows of one person. */
    private MockHttpServletResponse fitabaseMapping(String mapping, String action) throws Exception {
        return mvc.perform(post(mapping)
                        .session(ann)
                        .with(csrf())
                        .param("action", action)
                        .param("dateColumn", "1")
                        .param("dateFormat", "US")
                        .param("stepsColumn", "2")
                        .param("filterColumn", "0")
                        .param("filterValue", "1503960366"))
                .andReturn()
                .getResponse();
    }

    @Test
    void a_many_person_file_is_mapped_previewed_and_brought_in_for_the_rows_that_are_the_persons() throws Exception {
        byte[] file = Files.readAllBytes(Fixtures.path("fitabase/dailyActivity_merged.csv"));
        String mapping = uploadCsv("dailyActivity_merged.csv", file).getRedirectedUrl();
        assertThat(mapping).startsWith("/import/health/csv/");

        // Legible's guesses: the day in ActivityDate written month first, steps in TotalSteps.
        String page = html(mvc.perform(get(mapping).session(ann)).andReturn().getResponse());
        assertThat(page)
                .contains(
                        "Bring in dailyActivity_merged.csv",
                        "<th scope=\"col\">ActivityDate</th>",
                        "<td>04/12/2016</td>")
                .contains("<option value=\"1\" selected=\"selected\">ActivityDate</option>")
                .contains("<option value=\"US\" selected=\"selected\">like 3/1/2024</option>")
                .contains("<option value=\"2\" selected=\"selected\">TotalSteps</option>");

        MockHttpServletResponse missing = mvc.perform(post(mapping)
                        .session(ann)
                        .with(csrf())
                        .param("action", "preview")
                        .param("dateFormat", "US")
                        .param("stepsColumn", "2")
                        .param("filterColumn", "0"))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(html(missing))
                .contains("id=\"dateColumn-error\"", "Choose the column that holds the day.")
                .contains("id=\"filterValue-error\"")
                .as("what was chosen is kept")
                .contains("<option value=\"2\" selected=\"selected\">TotalSteps</option>");

        String preview = html(fitabaseMapping(mapping, "preview"));
        assertThat(preview)
                .contains("The first rows as Legible reads them")
                .contains("<th scope=\"row\">2</th> <td>12 Apr 2016</td> <td>–</td> <td>13,162</td>");

        String job = fitabaseMapping(mapping, "import").getRedirectedUrl();
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, job))
                .contains("Added no nights of sleep and 30 days of steps, from 31 records.");
        AccountId account = accounts.findByEmail(email).orElseThrow();
        assertThat(measures.steps(account, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 12)))
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.steps()).isEqualTo(13162);
                    assertThat(day.source()).isEqualTo("dailyActivity_merged.csv");
                });
        assertThat(mvc.perform(get(mapping).session(ann))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the kept-aside file went to the import")
                .isEqualTo(404);
    }

    @Test
    void another_person_cannot_see_or_bring_in_a_kept_aside_file_and_a_broken_file_says_where() throws Exception {
        String mapping = uploadCsv("sleep.csv", "day,sleep\n2024-03-01,7.5\n2024-03-02,\"8".getBytes())
                .getRedirectedUrl();
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(mvc.perform(get(mapping).session(bob))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(sleepMapping(mapping, bob, "import").getStatus()).isEqualTo(404);

        // Broken within the first rows: the mapping page says so at once.
        MockHttpServletResponse shown =
                mvc.perform(get(mapping).session(ann)).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(422);
        assertThat(html(shown)).contains("role=\"alert\"", "A quoted value never ends", "It stopped at line 3.");

        // Broken further on: the import stops there and saves nothing.
        String later = uploadCsv("sleep.csv", sixDaysThen("lots\n")).getRedirectedUrl();
        String brokenAtEight = uploadCsv("sleep.csv", sixDaysThen("\"7.5")).getRedirectedUrl();
        MockHttpServletResponse preview = sleepMapping(brokenAtEight, ann, "preview");
        assertThat(preview.getStatus())
                .as("broken past the rows shown first, within the rows previewed: said, never a 500")
                .isEqualTo(422);
        assertThat(html(preview)).contains("A quoted value never ends", "It stopped at line 8.");

        String job = sleepMapping(later, ann, "import").getRedirectedUrl();
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, job))
                .contains(
                        "role=\"alert\"",
                        "A time asleep cannot be read.",
                        "It stopped at line 8, in the column sleep.");
        assertThat(measures.imports(accounts.findByEmail(email).orElseThrow())).isEmpty();

        MockHttpServletResponse empty = uploadCsv("x.csv", new byte[0]);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("id=\"csvFile-error\"");
    }

    @Test
    void a_pain_score_column_becomes_a_tracked_item_on_its_scale_shown_in_the_history() throws Exception {
        String mapping = uploadCsv("pain.csv", "day,Leg pain,in bed\n2024-03-01,3,8\n2024-03-02,0,\n".getBytes())
                .getRedirectedUrl();
        assertThat(html(mvc.perform(get(mapping).session(ann)).andReturn().getResponse()))
                .as("a column named like pain is guessed, on a scale of 10 unless said")
                .contains("<option value=\"1\" selected=\"selected\">Leg pain</option>")
                .contains("<input type=\"radio\" name=\"painScale\" value=\"10\" checked=\"checked\">");

        MockHttpServletResponse alone = mvc.perform(post(mapping)
                        .session(ann)
                        .with(csrf())
                        .param("action", "preview")
                        .param("dateColumn", "0")
                        .param("dateFormat", "ISO")
                        .param("painColumn", "1")
                        .param("painScale", "10")
                        .param("inBedColumn", "2"))
                .andReturn()
                .getResponse();
        assertThat(alone.getStatus()).isEqualTo(422);
        assertThat(html(alone)).contains("id=\"inBedColumn-error\"", "Time in bed is kept only with time asleep");

        String job = mvc.perform(post(mapping)
                        .session(ann)
                        .with(csrf())
                        .param("action", "import")
                        .param("dateColumn", "0")
                        .param("dateFormat", "ISO")
                        .param("painColumn", "1")
                        .param("painScale", "10"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, job))
                .contains("And a pain score on 2 days, kept as your own tracked item.");
        assertThat(html(mvc.perform(get("/history").session(ann)).andReturn().getResponse()))
                .contains("Tracked in another app:</span> Leg pain 0 of 10")
                .contains("Tracked in another app:</span> Leg pain 3 of 10");
    }
}
