package org.legible.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Check-ins through the JSON API: the export format's shapes in and out, every problem named by its field. */
@LegibleTest
@Import(TestClockConfiguration.class)
class CheckInApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every part of a check-in filled in, in the export format's details shape (sites in catalogue order). */
    static final String FULL = """
            {"diaryDay":"2026-03-09","overallPain":6,"timeOfDay":"evening","contexts":["at_rest","standing"],
             "sites":[{"site":"calf-right","intensity":4,"descriptors":["cramping"]},
                      {"site":"heel-left","intensity":7,"descriptors":["burning","tingling"]}],
             "sleep":{"hours":5.5,"quality":3,"wokeBy":["cramps","restless_legs"]},
             "fatigue":8,
             "restlessLegs":{"urge":6,"worseAtRest":true,"reliefByMovement":true,"worseEveningOrNight":false},
             "strategies":[{"strategy":"heat","ownName":null,"detail":"hot water bottle","minutes":20,"helped":"a_little"},
                           {"strategy":null,"ownName":"Calf stretch on the stairs","detail":null,"minutes":null,"helped":null}],
             "medications":[{"name":"Amitriptyline","dose":10,"unit":"mg","schedule":"scheduled","helped":"no_change"}],
             "triggers":[{"trigger":"cold","ownName":null},{"trigger":null,"ownName":"Long drive"}],
             "note":"Worse after the shopping trip.",
             "redFlags":["hot_swollen_joint","calf_pain_walking_eases_at_rest"],
             "mood":4,"stress":7,"interference":6,"morningStiffnessMinutes":45,"ownItems":[]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    People people;
    MockHttpSession ann;
    String token;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
        token = people.token(ann, "read-write");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    /** The field errors of a problem response, as "field: message" lines. */
    private static String errors(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        StringBuilder lines = new StringBuilder();
        for (JsonNode error : json(response).path("errors")) {
            lines.append(error.path("field").asString())
                    .append(": ")
                    .append(error.path("message").asString())
                    .append('\n');
        }
        return lines.toString();
    }

    @Test
    void a_check_in_recorded_through_the_api_comes_back_exactly_and_shows_in_the_diary() throws Exception {
        MockHttpServletResponse created = send(post("/api/v1/checkins"), FULL);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode checkIn = json(created);
        String id = checkIn.path("id").asString();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/checkins/" + id);
        assertThat(checkIn.path("recordedAt").asString()).isEqualTo("2026-03-10T12:00:00Z");
        assertThat(checkIn.path("versions")).hasSize(1);
        assertThat(checkIn.path("versions").get(0).path("details")).isEqualTo(JSON.readTree(FULL));

        assertThat(json(call(get("/api/v1/checkins/" + id)))).isEqualTo(checkIn);
        String page = mvc.perform(get("/check-ins/" + id).session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "left heel",
                        "Calf stretch on the stairs",
                        "Worse after the shopping trip.",
                        "A hot, swollen joint is treated as a joint infection");
    }

    @Test
    void a_correction_keeps_the_earlier_version_and_delete_removes_it() throws Exception {
        String id = json(send(post("/api/v1/checkins"), FULL)).path("id").asString();
        clock.advance(Duration.ofHours(1));
        MockHttpServletResponse corrected =
                send(put("/api/v1/checkins/" + id), "{\"diaryDay\":\"2026-03-09\",\"overallPain\":3}");
        assertThat(corrected.getStatus()).isEqualTo(200);
        JsonNode versions = json(corrected).path("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("details").path("overallPain").asInt()).isEqualTo(6);
        assertThat(versions.get(0).path("supersededAt").asString()).isEqualTo("2026-03-10T13:00:00Z");
        assertThat(versions.get(1).path("details").path("overallPain").asInt()).isEqualTo(3);
        assertThat(versions.get(1).path("details").path("sites")).isEmpty();
        assertThat(versions.get(1).path("supersededAt").isNull()).isTrue();

        assertThat(call(delete("/api/v1/checkins/" + id)).getStatus()).isEqualTo(204);
        MockHttpServletResponse gone = call(get("/api/v1/checkins/" + id));
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getContentType()).startsWith("application/problem+json");
        assertThat(call(delete("/api/v1/checkins/" + id)).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/checkins/not-an-id")).getStatus()).isEqualTo(404);
    }

    @Test
    void a_correction_with_if_match_for_a_version_corrected_since_is_refused_and_changes_nothing() throws Exception {
        String id = json(send(post("/api/v1/checkins"), FULL)).path("id").asString();
        String read = call(get("/api/v1/checkins/" + id)).getHeader("ETag");
        assertThat(read).isEqualTo("\"1\"");
        MockHttpServletResponse first = send(
                put("/api/v1/checkins/" + id).header("If-Match", read),
                "{\"diaryDay\":\"2026-03-09\",\"overallPain\":3}");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isEqualTo("\"2\"");

        MockHttpServletResponse stale = send(
                put("/api/v1/checkins/" + id).header("If-Match", read),
                "{\"diaryDay\":\"2026-03-09\",\"overallPain\":9}");

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
        assertThat(stale.getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(json(stale).path("detail").asString()).contains("it is now \"2\"", "If-Match: \"2\"");
        JsonNode now = json(call(get("/api/v1/checkins/" + id)));
        assertThat(now.path("versions")).hasSize(2);
        assertThat(now.path("versions")
                        .get(1)
                        .path("details")
                        .path("overallPain")
                        .asInt())
                .isEqualTo(3);
        assertThat(send(
                                put("/api/v1/checkins/" + id).header("If-Match", "W/\"2\""),
                                "{\"diaryDay\":\"2026-03-09\",\"overallPain\":9}")
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void the_list_filters_by_diary_day_and_pages_oldest_first() throws Exception {
        for (String day : new String[] {"2026-03-01", "2026-03-05", "2026-03-03", "2026-03-10"}) {
            send(post("/api/v1/checkins"), "{\"diaryDay\":\"" + day + "\",\"overallPain\":2}");
        }
        JsonNode all = json(call(get("/api/v1/checkins")));
        assertThat(all.path("totalItems").asInt()).isEqualTo(4);
        assertThat(all.path("items")
                        .valueStream()
                        .map(c -> c.path("versions")
                                .get(0)
                                .path("details")
                                .path("diaryDay")
                                .asString())
                        .toList())
                .containsExactly("2026-03-01", "2026-03-03", "2026-03-05", "2026-03-10");

        JsonNode page = json(call(get("/api/v1/checkins")
                .param("from", "2026-03-02")
                .param("to", "2026-03-09")
                .param("size", "1")
                .param("page", "1")));
        assertThat(page.path("totalItems").asInt()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items")
                        .get(0)
                        .path("versions")
                        .get(0)
                        .path("details")
                        .path("diaryDay")
                        .asString())
                .isEqualTo("2026-03-05");

        MockHttpServletResponse bad = call(get("/api/v1/checkins")
                .param("from", "March")
                .param("size", "100000")
                .param("page", "-1"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(errors(bad))
                .contains(
                        "from: Must be an ISO date",
                        "page: Must be a whole number from 0",
                        "size: Must be a whole number from 1 to 500");
        MockHttpServletResponse backwards =
                call(get("/api/v1/checkins").param("from", "2026-03-09").param("to", "2026-03-01"));
        assertThat(errors(backwards)).contains("from: Must not be after 'to'.");
    }

    @Test
    void every_problem_in_a_check_in_is_named_by_its_field_and_nothing_is_written() throws Exception {
        MockHttpServletResponse refused = send(post("/api/v1/checkins"), """
                {"diaryDay":"2026-03-11","overallPain":11,"timeOfDay":"dusk",
                 "sites":[{"site":"heel-left","intensity":-1,"descriptors":["itchy"]},{"site":"heel-left","intensity":2},
                          {"site":"nose-left","intensity":3}],
                 "sleep":{"hours":25,"quality":null,"wokeBy":[]},
                 "strategies":[{"strategy":"heat","ownName":"mine"}],
                 "medications":[{"name":" ","dose":0.0001}],
                 "triggers":[{},{"ownName":"stress, cold"}],
                 "redFlags":["sore_knee"],
                 "note":"%s"}
                """.formatted("a".repeat(20_001)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(errors(refused))
                .contains(
                        "diaryDay: The diary day cannot be in the future.",
                        "overallPain: Enter a whole number from 0 to 10.",
                        "timeOfDay: That is not one of the choices.",
                        "sites[0].intensity: Enter a whole number from 0 to 10.",
                        "sites[0].descriptors[0]: That is not one of the choices.",
                        "sites[1].site: This place is listed twice.",
                        "sites[2].site: One of the places sent is not on the map.",
                        "sleep.hours: Enter hours from 0 to 24, for example 6.5.",
                        "strategies[0]: Give either one of Legible's strategies or your own name for it",
                        "medications[0].name: Enter the medication's name, or clear this row.",
                        "medications[0].dose: Enter a dose from 0 to 1,000,000 with at most 3 decimal places.",
                        "triggers[0]: Give either one of Legible's triggers or your own name for it",
                        "triggers[1].ownName: A trigger's own name cannot hold a comma or semicolon",
                        "note: Notes can be up to 20,000 characters; this one has 20,001.",
                        "redFlags[0]: That is not one of the choices.");
        MockHttpServletResponse missing = send(post("/api/v1/checkins"), "{}");
        assertThat(errors(missing))
                .contains(
                        "diaryDay: Enter the day as year-month-day, for example 2026-03-31.",
                        "overallPain: Choose how much your legs and feet hurt overall, from 0 to 10.");
        assertThat(json(call(get("/api/v1/checkins"))).path("totalItems").asInt())
                .isZero();
    }

    @Test
    void an_unknown_query_parameter_is_refused_like_an_unknown_field_and_what_cannot_be_answered_says_so()
            throws Exception {
        MockHttpServletResponse misspelt = call(get("/api/v1/checkins?form=2026-03-01"));
        assertThat(misspelt.getStatus()).isEqualTo(400);
        assertThat(errors(misspelt))
                .contains("form: Unknown query parameter; this address reads from, page, size, to.");
        assertThat(call(get("/api/v1/checkins?from=2026-03-01&size=5")).getStatus())
                .isEqualTo(200);
        assertThat(errors(call(get("/api/v1/export?pretty=true"))))
                .contains("pretty: Unknown query parameter; this address reads none.");

        assertThat(call(get("/api/v1/fhir/Bundle").header("Accept", "application/fhir+xml"))
                        .getStatus())
                .isEqualTo(406);
        assertThat(call(get("/api/v1/fhir/Bundle").header("Accept", "application/fhir+json"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(call(post("/api/v1/checkins")
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("{\"diaryDay\":\"2026-03-10\",\"overallPain\":2}"))
                        .getStatus())
                .isEqualTo(415);
    }

    @Test
    void unknown_fields_wrong_types_broken_json_and_huge_bodies_are_refused_clearly() throws Exception {
        MockHttpServletResponse role =
                send(post("/api/v1/checkins"), "{\"diaryDay\":\"2026-03-10\",\"overallPain\":2,\"role\":\"ADMIN\"}");
        assertThat(role.getStatus()).isEqualTo(400);
        assertThat(json(role).path("detail").asString()).startsWith("Unknown field 'role'.");
        assertThat(errors(role)).contains("role: Unknown field.");

        MockHttpServletResponse foreign = send(
                post("/api/v1/checkins"),
                "{\"diaryDay\":\"2026-03-10\",\"overallPain\":2,\"accountId\":\"00000000-0000-0000-0000-000000000000\"}");
        assertThat(foreign.getStatus()).isEqualTo(400);
        assertThat(errors(foreign)).contains("accountId: Unknown field.");

        MockHttpServletResponse nested = send(
                post("/api/v1/checkins"),
                "{\"diaryDay\":\"2026-03-10\",\"overallPain\":2,\"sites\":[{\"site\":\"heel-left\",\"intensity\":\"high\"}]}");
        assertThat(nested.getStatus()).isEqualTo(400);
        assertThat(errors(nested)).contains("sites[0].intensity: Has the wrong type");

        MockHttpServletResponse broken = send(post("/api/v1/checkins"), "{\"diaryDay\":");
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(json(broken).path("detail").asString()).contains("not valid JSON");

        MockHttpServletResponse empty = send(post("/api/v1/checkins"), "");
        assertThat(empty.getStatus()).isEqualTo(400);

        MockHttpServletResponse huge = send(
                post("/api/v1/checkins"),
                "{\"diaryDay\":\"2026-03-10\",\"overallPain\":2,\"note\":\"" + "a".repeat(1024 * 1024) + "\"}");
        assertThat(huge.getStatus()).isEqualTo(413);
        assertThat(huge.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse form = call(post("/api/v1/checkins")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("overallPain=2"));
        assertThat(form.getStatus()).isEqualTo(415);
        assertThat(form.getContentType()).startsWith("application/problem+json");
        assertThat(json(call(get("/api/v1/checkins"))).path("totalItems").asInt())
                .isZero();
    }

    @Test
    void another_accounts_check_ins_are_not_found_through_any_method() throws Exception {
        String id = json(send(post("/api/v1/checkins"), FULL)).path("id").asString();
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        String bobsToken = people.token(bob, "read-write");
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            get("/api/v1/checkins/" + id),
            put("/api/v1/checkins/" + id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"diaryDay\":\"2026-03-09\",\"overallPain\":0}"),
            delete("/api/v1/checkins/" + id)
        }) {
            assertThat(mvc.perform(request.header("Authorization", "Bearer " + bobsToken))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        JsonNode bobsList =
                JSON.readTree(mvc.perform(get("/api/v1/checkins").header("Authorization", "Bearer " + bobsToken))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(bobsList.path("totalItems").asInt()).isZero();
        assertThat(json(call(get("/api/v1/checkins/" + id))).path("versions")).hasSize(1);
    }

    @Test
    void screens_scores_and_the_full_export_are_readable_with_a_token() throws Exception {
        send(post("/api/v1/checkins"), FULL);
        mvc.perform(post("/assessments/scores")
                .session(ann)
                .with(csrf())
                .param("kind", "fiqr")
                .param("measuredOn", "2026-03-01")
                .param("score", "54.5"));
        JsonNode assessments = json(call(get("/api/v1/assessments")));
        assertThat(assessments.path("assessments")).isEmpty();
        assertThat(assessments.path("outsideScores").get(0).path("score").decimalValue())
                .isEqualByComparingTo("54.5");

        MockHttpServletResponse export = call(get("/api/v1/export"));
        String download = mvc.perform(get("/export/legible.json").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Each read through the API is in the access log with the token's name and what it read, logged once it
        // has answered (so the export holds the read before it); the download adds its own line before it is written.
        assertThat(json(export).path("accessLog")).hasSize(1);
        JsonNode read = json(export).path("accessLog").get(0);
        assertThat(read.path("kind").asText()).isEqualTo("api_read");
        assertThat(read.path("token").asText()).isEqualTo("script read-write");
        assertThat(read.path("detail").asText()).isEqualTo("/api/v1/assessments");
        assertThat(mvc.perform(get("/access-log").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the person reads it on their access log page")
                .contains("Access token &quot;script read-write&quot;", "Read through the API: /api/v1/assessments");
        assertThat(((tools.jackson.databind.node.ObjectNode) json(export)).without("accessLog"))
                .isEqualTo(((tools.jackson.databind.node.ObjectNode) JSON.readTree(download)).without("accessLog"));
        assertThat(json(export).path("checkIns")).hasSize(1);
    }
}
