package org.legible.importers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.importers.fitbit.TakeoutFiles.FOLDER;
import static org.legible.importers.fitbit.TakeoutFiles.array;
import static org.legible.importers.fitbit.TakeoutFiles.minutes;
import static org.legible.importers.fitbit.TakeoutFiles.stagesLog;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.legible.importers.fitbit.TakeoutFiles;
import org.legible.support.HealthImportJobs;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bringing in a Fitbit export from Google Takeout through the page. */
@LegibleTest
class FitbitImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    HealthMeasures measures;

    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        People people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
        mvc.perform(post("/account/preferences")
                .session(ann)
                .with(csrf())
                .param("timeZone", "America/New_York")
                .param("dayBoundary", "04:00"));
    }

    private MockHttpServletResponse upload(String name, byte[] content, String clock) throws Exception {
        var request = multipart("/import/health/fitbit")
                .file(new MockMultipartFile("fitbitFile", name, "application/zip", content))
                .session(ann)
                .with(csrf());
        if (clock != null) {
            request.param("stepClock", clock);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * Three nights in bed 23:00-07:00 New York time, and a walk 07:30-08:00 and 19:00-19:20 each day, written on
     * the UTC clock (New York in March before the 10th is UTC-5: 07:30 is written 12:30).
     */
    private static byte[] takeout() {
        List<String> sleep = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int d = 2; d <= 4; d++) {
            LocalDate day = LocalDate.of(2024, 3, d);
            sleep.add(stagesLog(d, day.minusDays(1) + "T23:00:00.000", day + "T07:00:00.000", 430, 480, 250, 80, 100));
            steps.addAll(minutes(day.atTime(12, 30), day.atTime(13, 0), 100));
            steps.addAll(
                    minutes(day.atTime(19, 0).plusHours(5), day.atTime(19, 20).plusHours(5), 50));
        }
        return new TakeoutFiles()
                .file(FOLDER + "sleep-2024-03-01.json", array(sleep))
                .file(FOLDER + "steps-2024-03-01.json", array(steps))
                .file(
                        FOLDER + "very_active_minutes-2024-03-01.json",
                        "[{\"dateTime\" : \"03/03/24 00:00:00\", \"value\" : \"30\"}]")
                .zip();
    }

    @Test
    void a_takeout_zip_adds_its_nights_and_step_days_on_the_clock_worked_out_once() throws Exception {
        AccountId account = accounts.findByEmail(email).orElseThrow();

        byte[] zip = takeout();
        MockHttpServletResponse first = upload("takeout-20240401T101010Z-001.zip", zip, null);

        // 3 sleep logs, 3 × 50 step minutes and 1 day of active minutes read; 3 nights; each day 30 × 100 + 20 × 50
        // steps.
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, first.getRedirectedUrl()))
                .contains(
                        "Bringing in takeout-20240401T101010Z-001.zip",
                        "Added 3 nights of sleep and 3 days of steps, from 154 records.",
                        "Step times were read as UTC (world time), worked out from your nights.");
        assertThat(measures.nights(account, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .extracting(HealthMeasures.Night::day, n -> n.asleepMinutes().intValue(), HealthMeasures.Night::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 2), 430, "Fitbit"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 3), 430, "Fitbit"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 4), 430, "Fitbit"));
        // Read as local time, the evening walk (written 00:00-00:20) would have gone to the day before.
        assertThat(measures.steps(account, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .extracting(HealthMeasures.StepDay::day, HealthMeasures.StepDay::steps)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 2), 4000L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 3), 4000L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 4), 4000L));
        assertThat(mvc.perform(get("/import/health").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<strong>takeout-20240401T101010Z-001.zip</strong>", "3 nights, 3 days of steps");

        mvc.perform(People.checkIn("/check-ins", ann)
                .param("sites[" + People.siteIndex("calf-left") + "].selected", "on")
                .param("sites[" + People.siteIndex("calf-left") + "].intensity", "4")
                .param("overallPain", "4")
                .param("diaryDay", "2024-03-03"));
        assertThat(mvc.perform(get("/history").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replaceAll("\\s+", " "))
                .as("the day's steps and active minutes stand beside its check-in")
                .contains("7.2 hours asleep the night before (Fitbit)", "4,000 steps and 30 active minutes (Fitbit)");

        MockHttpServletResponse again = upload("takeout-20240401T101010Z-001.zip", zip, "local");
        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, again.getRedirectedUrl()))
                .contains("This file was already brought in");
        assertThat(measures.imports(account)).hasSize(1);
    }

    @Test
    void a_broken_file_in_the_zip_is_named_with_its_line_and_nothing_is_saved() throws Exception {
        byte[] broken = new TakeoutFiles()
                .file(FOLDER + "steps-2024-03-01.json", "[\n{\"dateTime\" : \"03/01/24 10:00:00\",\n\"value\" : \"4")
                .zip();

        MockHttpServletResponse response = upload("takeout.zip", broken, "auto");

        assertThat(HealthImportJobs.finishedJobPage(mvc, ann, response.getRedirectedUrl()))
                .contains(
                        "role=\"alert\"",
                        "This file is not readable JSON",
                        "It stopped at line 3 of steps-2024-03-01.json.");
        assertThat(measures.imports(accounts.findByEmail(email).orElseThrow())).isEmpty();
    }

    @Test
    void no_file_is_said_beside_the_fitbit_field_and_an_unknown_clock_is_refused() throws Exception {
        MockHttpServletResponse empty = upload("takeout.zip", new byte[0], null);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString())
                .contains("id=\"fitbitFile-error\"", "Please choose a file.")
                .as("an apostrophe in a message without arguments is one apostrophe")
                .contains("Fitbit&#39;s files do not say")
                .doesNotContain("id=\"file-error\"");

        assertThat(upload("takeout.zip", takeout(), "sundial").getStatus()).isEqualTo(400);
    }
}
