package org.legible.importers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
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

/** Bringing in an Apple Health export through the page: once, twice, broken, undone, and not by anyone else. */
@LegibleTest
class HealthImportPageTest {

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
        mvc.perform(post("/account/preferences")
                .session(ann)
                .with(csrf())
                .param("timeZone", "Europe/Amsterdam")
                .param("dayBoundary", "04:00"));
    }

    private MockHttpServletResponse upload(MockHttpSession session, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/import/health")
                        .file(new MockMultipartFile("file", name, "application/zip", content))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String finishedJobPage(MockHttpSession session, MockHttpServletResponse upload) throws Exception {
        return HealthImportJobs.finishedJobPage(mvc, session, upload.getRedirectedUrl());
    }

    @Test
    void the_phones_zip_adds_its_night_once_and_an_import_can_be_undone_as_a_whole() throws Exception {
        byte[] zip = Files.readAllBytes(Fixtures.path("apple-health/apple-health-parser/export.zip"));
        AccountId account = accounts.findByEmail(email).orElseThrow();

        MockHttpServletResponse first = upload(ann, "C:\\Users\\ann\\export.zip", zip);
        assertThat(finishedJobPage(ann, first))
                .contains("Bringing in export.zip", "Added 1 night of sleep and no days of steps, from 8 records.");
        List<HealthMeasures.Night> nights =
                measures.nights(account, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(nights).hasSize(1);
        assertThat(nights.get(0).asleepMinutes()).isEqualByComparingTo("12.5");
        assertThat(nights.get(0).source()).isEqualTo("Alexandre's Apple Watch");
        String page = mvc.perform(get("/import/health").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<strong>export.zip</strong>", "1 night, no days of steps");
        mvc.perform(People.checkIn("/check-ins", ann)
                .param("sites[" + People.siteIndex("heel-left") + "].selected", "on")
                .param("sites[" + People.siteIndex("heel-left") + "].intensity", "3")
                .param("overallPain", "3")
                .param("diaryDay", "2024-01-01"));
        assertThat(mvc.perform(get("/history").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replaceAll("\\s+", " "))
                .as("the imported night stands beside that day's check-in")
                .contains(
                        "Brought in:</span> <span>0.2 hours asleep the night before (Alexandre&#39;s Apple Watch)</span>");
        assertThat(mvc.perform(get("/insights/brought-in?from=2024-01-01&to=2024-01-07")
                                .session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the patterns page shows the measured night apart from typed sleep")
                .contains("Sleep your phone or watch measured", "1 night in these days, 0.2 hours asleep on average");

        MockHttpServletResponse again = upload(ann, "export.zip", zip);
        assertThat(finishedJobPage(ann, again)).contains("This file was already brought in (export.zip).");
        assertThat(mvc.perform(get(again.getRedirectedUrl()).session(people.signUp(People.uniqueEmail("cy"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another person cannot follow it")
                .isEqualTo(404);
        assertThat(measures.imports(account)).as("the same file adds nothing").hasSize(1);

        String id = measures.imports(account).get(0).id();
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(mvc.perform(post("/import/health/" + id + "/undo")
                                .session(bob)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another person cannot undo it")
                .isEqualTo(404);
        assertThat(mvc.perform(get("/import/health").session(bob))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("<strong>export.zip</strong>");

        mvc.perform(post("/import/health/" + id + "/undo").session(ann).with(csrf()));
        assertThat(measures.imports(account)).isEmpty();
        assertThat(measures.nights(account, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
                .isEmpty();
    }

    @Test
    void imported_steps_appear_on_the_patterns_page_beside_the_next_days_pain() throws Exception {
        byte[] xml = Files.readAllBytes(Fixtures.path("apple-health/opendroid-hk/sampleexport-2.xml"));
        assertThat(finishedJobPage(ann, upload(ann, "export.xml", xml))).contains("1 day of steps");
        mvc.perform(People.checkIn("/check-ins", ann)
                .param("sites[" + People.siteIndex("calf-right") + "].selected", "on")
                .param("sites[" + People.siteIndex("calf-right") + "].intensity", "5")
                .param("overallPain", "5")
                .param("diaryDay", "2014-09-20"));

        String page = mvc.perform(get("/insights/brought-in?from=2014-09-15&to=2014-09-21")
                        .session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "Steps your phone or watch counted",
                        "1 day of steps in these days",
                        "1 of them were followed by a day with a check-in",
                        "Not enough days of steps yet to compare");
    }

    @Test
    void a_night_with_only_time_in_bed_has_an_unknown_time_asleep_never_0_hours() throws Exception {
        // The iPhone's Clock app writes only "in bed"; a watch writes the stages too.
        byte[] xml = ("<HealthData locale=\"en_GB\">\n"
                        + sleep("iPhone", "2026-06-01 23:00:00 +0200", "2026-06-02 07:00:00 +0200", "InBed")
                        + sleep("iPhone", "2026-06-02 23:30:00 +0200", "2026-06-03 07:00:00 +0200", "InBed")
                        + sleep("Watch", "2026-06-03 23:00:00 +0200", "2026-06-04 06:00:00 +0200", "AsleepCore")
                        + "</HealthData>\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(finishedJobPage(ann, upload(ann, "export.xml", xml))).contains("3 nights");

        assertThat(mvc.perform(get("/history?from=2026-06-01&to=2026-06-04").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("8.0 hours in bed the night before, time asleep not recorded (iPhone)")
                .contains("7.0 hours asleep the night before (Watch)")
                .doesNotContain("0.0 hours asleep");
        assertThat(mvc.perform(get("/insights/brought-in?from=2026-06-01&to=2026-06-04")
                                .session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the mean is the one night with a time asleep, not (0 + 0 + 7) / 3")
                .contains("1 night in these days, 7.0 hours asleep on average")
                .contains("2 nights brought in had only time in bed, not time asleep");
        people.confirmPassphrase(ann);
        assertThat(mvc.perform(get("/export/legible.json").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("\"asleepMinutes\" : null,\\s+\"inBedMinutes\" : 480,");
    }

    private static String sleep(String source, String start, String end, String value) {
        return "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"" + source + "\" startDate=\""
                + start + "\" endDate=\"" + end + "\" value=\"HKCategoryValueSleepAnalysis" + value + "\"/>\n";
    }

    @Test
    void a_day_with_more_steps_than_a_day_can_hold_is_left_out_and_counted() throws Exception {
        byte[] xml = ("<HealthData locale=\"en_GB\">\n"
                        + steps("2026-06-01 09:00:00 +0200", "4200")
                        + steps("2026-06-02 09:00:00 +0200", "250000") // a counter gone wrong
                        + "</HealthData>\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(finishedJobPage(ann, upload(ann, "export.xml", xml)))
                .contains("1 day of steps", "One day with more than 200,000 steps was left out");
        AccountId account = accounts.findByEmail(email).orElseThrow();
        assertThat(measures.steps(account, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)))
                .extracting(HealthMeasures.StepDay::steps)
                .containsExactly(4200L);
    }

    private static String steps(String start, String value) {
        return "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" startDate=\"" + start
                + "\" endDate=\"" + start + "\" value=\"" + value + "\"/>\n";
    }

    @Test
    void a_broken_file_says_where_it_broke_and_saves_nothing() throws Exception {
        byte[] broken = ("<HealthData locale=\"en_GB\">\n<Record type=\"HKQuantityTypeIdentifierStepCount\" "
                        + "sourceName=\"iPhone\" startDate=\"2026-06-01 09:00:00 +0100\" endDate=\"2026-06-01 "
                        + "10:00:00 +0100\" value=\"42\"/>\n<Record type=")
                .getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse response = upload(ann, "export.xml", broken);

        assertThat(finishedJobPage(ann, response))
                .contains(
                        "role=\"alert\"", "This file is not readable XML", "It stopped at line 3.", "Try another file");
        AccountId account = accounts.findByEmail(email).orElseThrow();
        assertThat(measures.imports(account)).isEmpty();
        assertThat(measures.steps(account, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))
                .isEmpty();
        MockHttpServletResponse empty = upload(ann, "nothing.zip", new byte[0]);
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Please choose a file.", "id=\"file-error\"");
    }

    @Test
    void a_record_dated_after_today_is_left_out_and_counted_and_heads_nothing() throws Exception {
        LocalDate future = LocalDate.now().plusYears(5);
        byte[] xml = ("<HealthData locale=\"en_GB\">\n"
                        + "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" "
                        + "startDate=\"2026-06-01 09:00:00 +0100\" endDate=\"2026-06-01 10:00:00 +0100\" value=\"4200\"/>\n"
                        + "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" "
                        + "startDate=\"" + future + " 09:00:00 +0100\" endDate=\"" + future
                        + " 10:00:00 +0100\" value=\"99\"/>\n"
                        + "</HealthData>\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(finishedJobPage(ann, upload(ann, "export.xml", xml)))
                .contains("1 day of steps", "One day dated after today was left out");
        AccountId account = accounts.findByEmail(email).orElseThrow();
        assertThat(measures.steps(account, LocalDate.of(2026, 6, 1), future.plusDays(1)))
                .extracting(HealthMeasures.StepDay::day)
                .containsExactly(LocalDate.of(2026, 6, 1));
        assertThat(mvc.perform(get("/import/health").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the import's days end at the real one")
                .doesNotContain(Integer.toString(future.getYear()));
    }
}
