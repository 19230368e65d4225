package org.legible.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.legible.checkup.CheckUpResult;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV export: a zip of tidy tables a spreadsheet opens safely, one row per version and per child. */
@LegibleTest
@Import(TestClockConfiguration.class)
class CsvExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    private Map<String, String> download(MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/export/legible-csv.zip").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"legible-export-2026-03-10-csv.zip\"");
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void each_table_has_its_header_and_rows_and_typed_text_cannot_run_as_a_formula() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        String url = people.recordHeelAndCalf(ann);
        int heel = siteIndex("heel-left");
        mvc.perform(post("/own-items")
                        .session(ann)
                        .with(csrf())
                        .param("newItemName", "=cmd|' /C calc'!A0")
                        .param("newItemKind", "words")
                        .param("newItemWords", "low, high"))
                .andExpect(status().is3xxRedirection());
        String item = mvc.perform(get("/check-ins/new").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*name=\"ownItems\\[0]\\.item\" value=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(checkIn(url, ann)
                        .param("ownItems[0].item", item)
                        .param("ownItems[0].value", "high")
                        .param("diaryDay", "2026-03-10")
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "5")
                        .param("overallPain", "4")
                        .param("sleepHours", "7.25")
                        .param("redFlags", "hot_swollen_joint")
                        .param("note", "=HYPERLINK(\"x\"), then\nstairs"))
                .andExpect(status().is3xxRedirection());
        String checkUp = mvc.perform(post("/check-up")
                        .session(ann)
                        .with(csrf())
                        .param("action", "finish")
                        .param("where", "heel-left")
                        .param("first_step_heel_pain", "yes")
                        .param("tried.heat", "a_lot")
                        .param("medications", "-pregabalin"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String checkUpId = checkUp.substring(checkUp.lastIndexOf('/') + 1);

        Map<String, String> files = download(ann);
        assertThat(files.keySet())
                .containsExactly(
                        "account.csv",
                        "tracked_strategies.csv",
                        "period_starts.csv",
                        "effect_windows.csv",
                        "own_items.csv",
                        "check_ins.csv",
                        "check_in_contexts.csv",
                        "check_in_woke_by.csv",
                        "check_in_sites.csv",
                        "check_in_site_descriptors.csv",
                        "check_in_strategies.csv",
                        "check_in_medications.csv",
                        "check_in_triggers.csv",
                        "check_in_red_flags.csv",
                        "check_in_own_items.csv",
                        "assessments.csv",
                        "assessment_answers.csv",
                        "outside_scores.csv",
                        "check_ups.csv",
                        "check_up_answers.csv",
                        "check_up_mechanisms.csv",
                        "measure_imports.csv",
                        "measured_nights.csv",
                        "measured_steps.csv",
                        "tracker_entries.csv",
                        "experiments.csv",
                        "experiment_days.csv");
        assertThat(files.get("account.csv").split("\r\n")[0])
                .isEqualTo("email,time_zone,day_boundary,flare_points,flare_days,asks_mood_and_stress,tracks_cycle");
        assertThat(files.get("account.csv").split("\r\n")[1]).endsWith(",04:00,2,2,true,false");
        String id = url.substring(url.lastIndexOf('/') + 1);
        String[] checkIns = files.get("check_ins.csv").split("\r\n");
        assertThat(checkIns[0])
                .isEqualTo("check_in_id,version,current,recorded_at,saved_at,superseded_at,diary_day,overall_pain,"
                        + "time_of_day,sleep_hours,sleep_quality,fatigue,rls_urge,rls_worse_at_rest,"
                        + "rls_relief_by_movement,rls_worse_evening_or_night,note,entered_by,mood,stress,interference,"
                        + "morning_stiffness_minutes");
        assertThat(checkIns[1])
                .startsWith(id + ",1,false,2026-03-10T12:00:00Z,2026-03-10T12:00:00Z,2026-03-10T12:00:00Z,");
        assertThat(files.get("check_ins.csv"))
                .contains(id + ",2,true,2026-03-10T12:00:00Z,2026-03-10T12:00:00Z,,2026-03-10,4,,7.25,,,,,,,"
                        + "\"'=HYPERLINK(\"\"x\"\"), then\nstairs\",,,,,\r\n");
        assertThat(files.get("check_in_sites.csv").split("\r\n"))
                .containsExactly(
                        "check_in_id,version,site,intensity",
                        id + ",1,calf-right,4",
                        id + ",1,heel-left,7",
                        id + ",2,heel-left,5");
        assertThat(files.get("check_in_site_descriptors.csv").split("\r\n"))
                .containsExactly(
                        "check_in_id,version,site,descriptor",
                        id + ",1,calf-right,cramping",
                        id + ",1,heel-left,burning",
                        id + ",1,heel-left,tingling");
        assertThat(files.get("check_in_red_flags.csv").split("\r\n"))
                .as("only the correction said yes to a red flag")
                .containsExactly("check_in_id,version,red_flag", id + ",2,hot_swollen_joint");
        assertThat(files.get("own_items.csv").split("\r\n"))
                .as("a name that looks like a formula is written as text, the words one per line in one cell")
                .containsExactly(
                        "item_id,name,kind,low,high,unit,words,since,stopped_on",
                        item + ",'=cmd|' /C calc'!A0,words,,,,\"low\nhigh\",2026-03-10,");
        assertThat(files.get("check_in_own_items.csv").split("\r\n"))
                .containsExactly("check_in_id,version,item_id,answer", id + ",2," + item + ",high");
        assertThat(files.get("outside_scores.csv")).isEqualTo("instrument,name,measured_on,score\r\n");
        assertThat(files.get("check_ups.csv").split("\r\n"))
                .containsExactly(
                        "check_up_id,started_at,updated_at,completed_at,rule_version,medications",
                        checkUpId + ",2026-03-10T12:00:00Z,2026-03-10T12:00:00Z,2026-03-10T12:00:00Z,"
                                + CheckUpResult.RULE_VERSION + ",'-pregabalin");
        assertThat(files.get("check_up_answers.csv").split("\r\n"))
                .containsExactly(
                        "check_up_id,question,answer",
                        checkUpId + ",where,heel-left",
                        checkUpId + ",first_step_heel_pain,yes",
                        checkUpId + ",tried.heat,a_lot");
        assertThat(files.get("check_up_mechanisms.csv").split("\r\n"))
                .containsExactly("check_up_id,mechanism", checkUpId + ",plantar_heel");
    }
}
