package org.legible.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The full JSON export holds everything a person recorded, with corrections, and nothing of anyone else's. */
@LegibleTest
@Import(TestClockConfiguration.class)
class JsonExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    String email;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
    }

    private JsonNode export(MockHttpSession session) throws Exception {
        people.confirmPassphrase(session);
        MockHttpServletResponse response = mvc.perform(
                        get("/export/legible.json").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"legible-export-2026-03-10.json\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    @Test
    void every_field_of_a_corrected_check_in_and_every_version_is_in_the_export() throws Exception {
        int heel = siteIndex("heel-left");
        String url = people.recordHeelAndCalf(ann);
        clock.set(Instant.parse("2026-03-10T12:30:00Z"));
        mvc.perform(checkIn(url, ann)
                        .param("diaryDay", "2026-03-10")
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "5")
                        .param("sites[" + heel + "].descriptors", "burning")
                        .param("overallPain", "4")
                        .param("timeOfDay", "evening")
                        .param("contexts", "standing", "at_rest")
                        .param("sleepHours", "6.5")
                        .param("sleepQuality", "3")
                        .param("wokeBy", "cramps")
                        .param("fatigue", "7")
                        .param("rlsUrge", "2")
                        .param("rlsWorseAtRest", "yes")
                        .param("strategies[0].code", "stretching")
                        .param("strategies[0].used", "on")
                        .param("strategies[0].minutes", "10")
                        .param("strategies[0].helped", "a_little")
                        .param("medications[0].name", "Amitriptyline")
                        .param("medications[0].dose", "10")
                        .param("medications[0].unit", "mg")
                        .param("medications[0].schedule", "scheduled")
                        .param("triggers", "cold")
                        .param("ownTriggers", "long drive")
                        .param("note", "Worse after the stairs – «ça brûle»")
                        .param("redFlags", "calf_pain_walking_eases_at_rest")
                        .param("redFlags", "cold_pale_leg"))
                .andExpect(status().is3xxRedirection());

        JsonNode json = export(ann);
        assertThat(json.get("format").asString()).isEqualTo("legible-export");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("exportedAt").asString()).isEqualTo("2026-03-10T12:30:00Z");
        assertThat(json.at("/account/email").asString()).isEqualTo(email);
        assertThat(json.at("/account/timeZone").asString()).isEqualTo("Europe/London");
        assertThat(json.at("/account/dayBoundary").asString()).isEqualTo("04:00");
        assertThat(json.at("/account/flareRule/points").asInt())
                .as("the default rule")
                .isEqualTo(2);
        assertThat(json.at("/account/flareRule/days").asInt()).isEqualTo(2);
        assertThat(json.at("/account/assessmentIntervals/acr-2016").asInt()).isEqualTo(30);

        JsonNode checkIn = json.get("checkIns").get(0);
        assertThat(json.get("checkIns")).hasSize(1);
        assertThat(checkIn.get("recordedAt").asString()).isEqualTo("2026-03-10T12:00:00Z");
        JsonNode first = checkIn.get("versions").get(0);
        JsonNode now = checkIn.get("versions").get(1);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("supersededAt").asString()).isEqualTo("2026-03-10T12:30:00Z");
        assertThat(first.at("/details/sites/0/site").asString()).isEqualTo("calf-right");
        assertThat(first.at("/details/sites/1/descriptors").toString()).isEqualTo("[\"burning\",\"tingling\"]");
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(now.get("supersededAt").isNull()).isTrue();
        JsonNode d = now.get("details");
        assertThat(d.get("diaryDay").asString()).isEqualTo("2026-03-10");
        assertThat(d.get("overallPain").asInt()).isEqualTo(4);
        assertThat(d.get("timeOfDay").asString()).isEqualTo("evening");
        assertThat(d.get("contexts").toString()).isEqualTo("[\"at_rest\",\"standing\"]");
        assertThat(d.at("/sites/0/site").asString()).isEqualTo("heel-left");
        assertThat(d.at("/sites/0/intensity").asInt()).isEqualTo(5);
        assertThat(d.at("/sleep/hours").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(d.at("/sleep/quality").asInt()).isEqualTo(3);
        assertThat(d.at("/sleep/wokeBy").toString()).isEqualTo("[\"cramps\"]");
        assertThat(d.get("fatigue").asInt()).isEqualTo(7);
        assertThat(d.at("/restlessLegs/urge").asInt()).isEqualTo(2);
        assertThat(d.at("/restlessLegs/worseAtRest").asBoolean()).isTrue();
        assertThat(d.at("/restlessLegs/reliefByMovement").isNull()).isTrue();
        assertThat(d.at("/strategies/0/strategy").asString()).isEqualTo("stretching");
        assertThat(d.at("/strategies/0/minutes").asInt()).isEqualTo(10);
        assertThat(d.at("/strategies/0/helped").asString()).isEqualTo("a_little");
        assertThat(d.at("/medications/0/name").asString()).isEqualTo("Amitriptyline");
        assertThat(d.at("/medications/0/dose").decimalValue()).isEqualByComparingTo("10");
        assertThat(d.at("/medications/0/schedule").asString()).isEqualTo("scheduled");
        assertThat(d.get("triggers").toString())
                .contains("\"trigger\":\"cold\"")
                .contains("\"ownName\":\"long drive\"");
        assertThat(d.get("note").asString()).isEqualTo("Worse after the stairs – «ça brûle»");
        assertThat(d.get("redFlags").toString())
                .as("most urgent first")
                .isEqualTo("[\"cold_pale_leg\",\"calf_pain_walking_eases_at_rest\"]");
        assertThat(first.at("/details/redFlags").toString()).isEqualTo("[]");
    }

    @Test
    void screens_with_their_answers_and_clinic_scores_are_exported_and_another_account_sees_none() throws Exception {
        mvc.perform(post("/assessments/restless-legs/new")
                        .session(ann)
                        .with(csrf())
                        .param("action", "save")
                        .param("item.urge_to_move", "yes")
                        .param("item.ferritin", "60,5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessments/scores")
                        .session(ann)
                        .with(csrf())
                        .param("kind", "fiqr")
                        .param("measuredOn", "2026-02-01")
                        .param("score", "47.25"))
                .andExpect(status().is3xxRedirection());
        people.recordHeelAndCalf(ann);

        JsonNode json = export(ann);
        JsonNode assessment = json.get("assessments").get(0);
        assertThat(assessment.get("instrumentVersion").asString()).isEqualTo("irlssg-2014-screen");
        assertThat(assessment.get("status").asString()).isEqualTo("in_progress");
        assertThat(assessment.get("answers").toString()).isEqualTo("{\"ferritin\":\"60.5\",\"urge_to_move\":\"yes\"}");
        assertThat(json.at("/outsideScores/0/instrument").asString()).isEqualTo("fiqr");
        assertThat(json.at("/outsideScores/0/score").decimalValue()).isEqualByComparingTo("47.25");
        assertThat(json.at("/outsideScores/0/measuredOn").asString()).isEqualTo("2026-02-01");

        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        JsonNode bobs = export(bob);
        assertThat(bobs.get("checkIns")).isEmpty();
        assertThat(bobs.get("assessments")).isEmpty();
        assertThat(bobs.get("outsideScores")).isEmpty();
        assertThat(bobs.toString()).doesNotContain(email, "heel-left", "47.25");
    }
}
