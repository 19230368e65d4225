package org.legible.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One set of rules: a check-in value the form refuses, the API and a JSON import refuse too, and a clinic score the
 * scores page refuses, an import refuses, in the same words (issue 31, "Three sets of check-in rules"). The API and
 * the import no longer cut 5.9 to 5.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class SameRulesEveryChannelTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** A value as the form's input takes it and as the export format's details hold it, and what is said. */
    record Refused(Map<String, String> form, String path, String json, String message) {}

    private static final List<Refused> REFUSED = List.of(
            new Refused(
                    Map.of("overallPain", "5.9"),
                    "overallPain",
                    "{\"overallPain\": 5.9}",
                    "Enter a whole number from 0 to 10."),
            new Refused(
                    Map.of("overallPain", "11"),
                    "overallPain",
                    "{\"overallPain\": 11}",
                    "Enter a whole number from 0 to 10."),
            new Refused(
                    Map.of("fatigue", "0.5"), "fatigue", "{\"fatigue\": 0.5}", "Enter a whole number from 0 to 10."),
            new Refused(Map.of("mood", "11"), "mood", "{\"mood\": 11}", "Enter a whole number from 0 to 10."),
            new Refused(Map.of("stress", "-1"), "stress", "{\"stress\": -1}", "Enter a whole number from 0 to 10."),
            new Refused(
                    Map.of("interference", "4.5"),
                    "interference",
                    "{\"interference\": 4.5}",
                    "Enter a whole number from 0 to 10."),
            new Refused(
                    Map.of("morningStiffnessMinutes", "1441"),
                    "morningStiffnessMinutes",
                    "{\"morningStiffnessMinutes\": 1441}",
                    "Enter a whole number from 0 to 1,440."),
            new Refused(
                    Map.of("sleepHours", "7.333"),
                    "sleep.hours",
                    "{\"sleep\": {\"hours\": 7.333}}",
                    "Enter hours from 0 to 24, for example 6.5."),
            new Refused(
                    Map.of("sleepHours", "1000"),
                    "sleep.hours",
                    "{\"sleep\": {\"hours\": 1E+3}}",
                    "Enter hours from 0 to 24, for example 6.5."),
            new Refused(
                    Map.of("diaryDay", "2026-03-11"),
                    "diaryDay",
                    "{\"diaryDay\": \"2026-03-11\"}",
                    "The diary day cannot be in the future."),
            new Refused(
                    Map.of("strategies[0].code", "heat", "strategies[0].used", "on", "strategies[0].minutes", "1441"),
                    "strategies[0].minutes",
                    "{\"strategies\": [{\"strategy\": \"heat\", \"minutes\": 1441}]}",
                    "Enter a whole number from 0 to 1,440."),
            new Refused(
                    Map.of("medications[0].name", "Pregabalin", "medications[0].dose", "0.0001"),
                    "medications[0].dose",
                    "{\"medications\": [{\"name\": \"Pregabalin\", \"dose\": 0.0001}]}",
                    "Enter a dose from 0 to 1,000,000 with at most 3 decimal places."),
            new Refused(
                    Map.of("medications[0].dose", "5"),
                    "medications[0].name",
                    "{\"medications\": [{\"dose\": 5}]}",
                    "Enter the medication's name, or clear this row."));

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    MockHttpSession ann;
    String token;
    ObjectNode export;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
        token = people.token(ann, "read-write");
        assertThat(api("{\"diaryDay\": \"2026-03-10\", \"overallPain\": 3}").getStatus())
                .isEqualTo(201);
        people.confirmPassphrase(ann);
        export = (ObjectNode)
                JSON.readTree(mvc.perform(get("/export/legible.json").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_value_the_form_refuses_the_api_and_an_import_refuse_in_the_same_words() throws Exception {
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        for (Refused value : REFUSED) {
            MockHttpServletRequestBuilder form =
                    People.checkIn("/check-ins", ann).param("overallPain", "3");
            value.form().forEach(form::param);
            MockHttpServletResponse page = mvc.perform(form).andReturn().getResponse();
            assertThat(page.getStatus()).as("the form refuses %s", value.form()).isEqualTo(422);
            assertThat(page.getContentAsString()).contains(HtmlUtils.htmlEscape(value.message()));

            MockHttpServletResponse api = api(details(value.json()).toString());
            assertThat(api.getStatus()).as("the API refuses %s", value.json()).isEqualTo(400);
            JsonNode errors = JSON.readTree(api.getContentAsString()).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asString()).isEqualTo(value.path());
            assertThat(errors.get(0).get("message").asString()).isEqualTo(value.message());

            ObjectNode file = export.deepCopy();
            ObjectNode version =
                    (ObjectNode) file.get("checkIns").get(0).get("versions").get(0);
            version.set("details", details(value.json()));
            MockHttpServletResponse imported = upload(bob, file.toString());
            assertThat(imported.getStatus())
                    .as("the import refuses %s", value.json())
                    .isEqualTo(422);
            assertThat(imported.getContentAsString())
                    .contains(HtmlUtils.htmlEscape(
                            "(versions[0].details." + value.path() + ": " + value.message() + ")"));
        }
        assertThat(export(bob)).as("nothing was imported").doesNotContain("\"overallPain\"");
    }

    @Test
    void an_own_item_and_its_answers_are_refused_alike_by_the_form_the_api_and_an_import() throws Exception {
        mvc.perform(post("/own-items")
                        .session(ann)
                        .with(csrf())
                        .param("newItemName", "Dizzy")
                        .param("newItemKind", "scale"))
                .andExpect(status().is3xxRedirection());
        String dizzy = mvc.perform(get("/check-ins/new").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*name=\"ownItems\\[0]\\.item\" value=\"([0-9a-f-]{36})\".*", "$1");
        String message = "Enter a whole number from 0 to 10.";

        MockHttpServletResponse page = mvc.perform(People.checkIn("/check-ins", ann)
                        .param("overallPain", "3")
                        .param("ownItems[0].item", dizzy)
                        .param("ownItems[0].value", "11"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains(message);

        String answer = "{\"ownItems\": [{\"item\": \"" + dizzy + "\", \"value\": \"11\"}]}";
        MockHttpServletResponse api = api(details(answer).toString());
        assertThat(api.getStatus()).isEqualTo(400);
        JsonNode errors = JSON.readTree(api.getContentAsString()).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("ownItems[0].value");
        assertThat(errors.get(0).get("message").asString()).isEqualTo(message);

        people.confirmPassphrase(ann);
        ObjectNode file = (ObjectNode)
                JSON.readTree(mvc.perform(get("/export/legible.json").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        ((ObjectNode) file.get("checkIns").get(0).get("versions").get(0)).set("details", details(answer));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        assertThat(page(upload(bob, file.toString())))
                .contains(HtmlUtils.htmlEscape("(versions[0].details.ownItems[0].value: " + message + ")"));

        String words = "Write 2 to 6 different words, separated by commas.";
        assertThat(mvc.perform(post("/own-items")
                                .session(ann)
                                .with(csrf())
                                .param("newItemName", "Energy")
                                .param("newItemKind", "words")
                                .param("newItemWords", "only"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(words);
        ObjectNode item = (ObjectNode) file.get("ownItems").get(0);
        item.put("kind", "words");
        item.set("words", JSON.readTree("[\"only\"]"));
        assertThat(page(upload(bob, file.toString())))
                .contains(HtmlUtils.htmlEscape("Own item 1 in the file has a value \"Add something to track\" would"
                        + " refuse (ownItems[0].words: " + words + ")"));
        assertThat(export(bob)).as("nothing was imported").contains("\"ownItems\" : [ ]");
    }

    @Test
    void a_number_sent_as_text_or_a_field_given_twice_is_refused_by_the_api_and_the_import_alike() throws Exception {
        MockHttpServletResponse quoted = api("{\"diaryDay\": \"2026-03-10\", \"overallPain\": \"5\"}");
        assertThat(quoted.getStatus()).isEqualTo(400);
        assertThat(quoted.getContentAsString()).contains("\"field\":\"overallPain\"", "Has the wrong type");
        MockHttpServletResponse twice = api("{\"diaryDay\": \"2026-03-10\", \"overallPain\": 2, \"overallPain\": 9}");
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(twice.getContentAsString()).contains("The field 'overallPain' is given twice in one object");

        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        String file = export.toString();
        assertThat(file).contains("\"overallPain\":3");
        assertThat(page(upload(bob, file.replace("\"overallPain\":3", "\"overallPain\":\"3\""))))
                .contains(
                        HtmlUtils.htmlEscape(
                                "The value of \"checkIns[0].versions[0].details.overallPain\" (near line 1) has the wrong type"));
        assertThat(page(upload(bob, file.replace("\"overallPain\":3", "\"overallPain\":3,\"overallPain\":9"))))
                .contains(HtmlUtils.htmlEscape("The field \"overallPain\" is given twice in one place (near line 1)"));
        assertThat(export(bob)).doesNotContain("\"overallPain\"");
        assertThat(upload(bob, file).getStatus())
                .as("the file as written imports")
                .isEqualTo(302);
    }

    @Test
    void a_clinic_score_the_scores_page_refuses_an_import_refuses_in_the_same_words() throws Exception {
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        record Score(String day, String value, String field, String message) {}
        for (Score score : List.of(
                new Score("2026-03-11", "40", "measuredOn", "That day has not happened yet."),
                new Score("1899-12-31", "40", "measuredOn", "Please enter a date, for example 2026-11-22."),
                new Score("2026-03-01", "40.555", "score", "Please enter the FIQR total, a number from 0 to 100"),
                new Score("2026-03-01", "101", "score", "Please enter the FIQR total, a number from 0 to 100"))) {
            MockHttpServletResponse page = mvc.perform(post("/assessments/scores")
                            .session(ann)
                            .with(csrf())
                            .param("kind", "fiqr")
                            .param("measuredOn", score.day())
                            .param("score", score.value()))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as("the page refuses %s", score).isEqualTo(422);
            assertThat(page.getContentAsString()).contains(HtmlUtils.htmlEscape(score.message()));

            ObjectNode file = export.deepCopy();
            file.set(
                    "outsideScores",
                    JSON.readTree("[{\"instrument\": \"fiqr\", \"name\": null, \"measuredOn\": \"" + score.day()
                            + "\", \"score\": " + score.value() + "}]"));
            assertThat(page(upload(bob, file.toString())))
                    .contains(HtmlUtils.htmlEscape("Clinic score number 1 in the file has a value the scores page would"
                            + " refuse (" + score.field() + ": " + score.message()));
        }
        assertThat(export(bob)).contains("\"outsideScores\" : [ ]");
    }

    @Test
    void a_period_start_the_cycle_page_refuses_an_import_refuses_in_the_same_words() throws Exception {
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(post("/cycle/following").session(ann).with(csrf()).param("on", "true"));
        for (List<String> day : List.of(
                List.of("2026-03-11", "A period start cannot be after today."),
                List.of("10 March", "Enter the day as year-month-day, for example 2026-03-31."),
                List.of(
                        "1969-12-31",
                        "That day is too long ago: a diary in Legible starts in 1970 at the earliest."))) {
            MockHttpServletResponse page = mvc.perform(
                            post("/cycle").session(ann).with(csrf()).param("day", day.get(0)))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as("the page refuses %s", day).isEqualTo(422);
            assertThat(page.getContentAsString()).contains(HtmlUtils.htmlEscape(day.get(1)));

            ObjectNode file = export.deepCopy();
            ((ObjectNode) file.get("account"))
                    .set("periodStarts", JSON.readTree("[\"2026-03-01\", \"" + day.get(0) + "\"]"));
            assertThat(page(upload(bob, file.toString())))
                    .contains(HtmlUtils.htmlEscape("Period start 2 in the file has a day the cycle page would refuse"
                            + " (account.periodStarts[1]: " + day.get(1)));
        }
        assertThat(export(bob)).as("nothing was imported").contains("\"periodStarts\" : [ ]");
    }

    @Test
    void an_effect_window_the_patterns_page_refuses_an_import_refuses_in_the_same_words() throws Exception {
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        for (List<String> window : List.of(
                List.of("heat", "8", "1", "startsAfter", "Choose a whole number of days from 0 to 7."),
                List.of("heat", "0", "0", "lasts", "Choose a whole number of days from 1 to 7."),
                List.of("sauna", "0", "1", "strategy", "This is not one of your strategies."))) {
            var refused = mvc.perform(post("/insights/effect-window")
                            .session(ann)
                            .with(csrf())
                            .param("strategy", window.get(0))
                            .param("startsAfter", window.get(1))
                            .param("lasts", window.get(2)))
                    .andReturn();
            assertThat(refused.getFlashMap().get("windowRefused"))
                    .as("the page refuses %s", window)
                    .isNotNull();
            assertThat(mvc.perform(get("/insights/helps").session(ann).flashAttrs(refused.getFlashMap()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains(window.get(4));

            ObjectNode file = export.deepCopy();
            ((ObjectNode) file.get("account"))
                    .set(
                            "effectWindows",
                            JSON.readTree("[{\"strategy\": \"" + window.get(0) + "\", \"startsAfter\": " + window.get(1)
                                    + ", \"lasts\": " + window.get(2) + "}]"));
            assertThat(page(upload(bob, file.toString())))
                    .contains(
                            HtmlUtils.htmlEscape("Effect window 1 in the file has a value \"What seems to help\" would"
                                    + " refuse (account.effectWindows[0]." + window.get(3) + ": " + window.get(4)));
        }
        assertThat(export(bob)).contains("\"effectWindows\" : [ ]");
    }

    private ObjectNode details(String fragment) {
        ObjectNode details = (ObjectNode) JSON.readTree("{\"diaryDay\": \"2026-03-10\", \"overallPain\": 3}");
        details.setAll((ObjectNode) JSON.readTree(fragment));
        return details;
    }

    private MockHttpServletResponse api(String body) throws Exception {
        return mvc.perform(post("/api/v1/checkins")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse upload(MockHttpSession session, String content) throws Exception {
        return mvc.perform(multipart("/import")
                        .file(new MockMultipartFile(
                                "file",
                                "legible-export.json",
                                "application/json",
                                content.getBytes(StandardCharsets.UTF_8)))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        return response.getContentAsString();
    }

    private String export(MockHttpSession session) throws Exception {
        people.confirmPassphrase(session);
        return mvc.perform(get("/export/legible.json").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
