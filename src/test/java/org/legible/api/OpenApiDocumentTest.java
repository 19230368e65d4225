package org.legible.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.diary.RedFlag;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document tells the truth: it lists exactly the API's routes and query parameters, and what
 * the real endpoints answer fits the schemas it gives (every required key present, no undocumented key, types,
 * ranges and code lists respected).
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class OpenApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document;
    String token;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).as("public, no token").isEqualTo(200);
        document = JSON.readTree(response.getContentAsString());
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        token = people.token(ann, "read-write");
    }

    @Test
    void it_lists_exactly_the_routes_and_query_parameters_the_api_answers() {
        Set<String> served = new TreeSet<>();
        Set<String> servedParameters = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(verb -> served.add(verb.name() + " " + pattern));
                    for (MethodParameter parameter : method.getMethodParameters()) {
                        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                        if (param != null) {
                            servedParameters.add(info.getMethodsCondition()
                                            .getMethods()
                                            .iterator()
                                            .next()
                                            .name()
                                    + " " + pattern + " " + parameter.getParameterName());
                        }
                    }
                }
            }
        });
        Set<String> documented = new TreeSet<>();
        Set<String> documentedParameters = new TreeSet<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (operation.getKey().equals("parameters")) {
                        return;
                    }
                    String verb = operation.getKey().toUpperCase(Locale.ROOT);
                    documented.add(verb + " " + path.getKey());
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if (parameter.path("in").asString().equals("query")) {
                            documentedParameters.add(verb + " " + path.getKey() + " "
                                    + parameter.path("name").asString());
                        }
                    }
                }));
        assertThat(documented).isEqualTo(served);
        assertThat(documentedParameters).isEqualTo(servedParameters);
    }

    @Test
    void what_the_endpoints_answer_fits_the_documented_schemas() throws Exception {
        MockHttpServletResponse created = call(
                post("/api/v1/checkins").contentType(MediaType.APPLICATION_JSON).content(CheckInApiTest.FULL));
        conforms(created, "/api/v1/checkins", "post", "201");
        String id = JSON.readTree(created.getContentAsString()).path("id").asString();
        conforms(
                call(put("/api/v1/checkins/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"diaryDay\":\"2026-03-10\",\"overallPain\":1}")),
                "/api/v1/checkins/{id}",
                "put",
                "200");
        conforms(call(get("/api/v1/checkins/" + id)), "/api/v1/checkins/{id}", "get", "200");
        conforms(call(get("/api/v1/checkins")), "/api/v1/checkins", "get", "200");
        conforms(call(get("/api/v1/assessments")), "/api/v1/assessments", "get", "200");
        conforms(call(get("/api/v1/export")), "/api/v1/export", "get", "200");
        conforms(call(get("/api/v1/fhir/Bundle")), "/api/v1/fhir/Bundle", "get", "200");
        conforms(call(get("/api/v1/fhir/Bundle").param("includeEmail", "maybe")), "/api/v1/fhir/Bundle", "get", "400");
        conforms(
                call(post("/api/v1/checkins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overallPain\":12}")),
                "/api/v1/checkins",
                "post",
                "400");
        conforms(
                call(get("/api/v1/checkins/00000000-0000-0000-0000-000000000000")),
                "/api/v1/checkins/{id}",
                "get",
                "404");
        conforms(mvc.perform(get("/api/v1/checkins")).andReturn().getResponse(), "/api/v1/checkins", "get", "401");
        // 204 has no body to check; it must still be a documented answer.
        assertThat(call(delete("/api/v1/checkins/" + id)).getStatus()).isEqualTo(204);
        assertThat(document.path("paths")
                        .path("/api/v1/checkins/{id}")
                        .path("delete")
                        .path("responses")
                        .has("204"))
                .isTrue();
    }

    @Test
    void the_code_lists_come_from_the_vocabulary() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("SiteCode").path("enum")).hasSize(26);
        assertThat(schemas.path("SiteCode").path("enum").valueStream().map(JsonNode::asString))
                .contains("heel-left", "calf-right");
        assertThat(schemas.path("Helped").path("enum").valueStream().map(n -> n.isNull() ? null : n.asString()))
                .containsExactly("worse", "no_change", "a_little", "a_lot", null);
        assertThat(schemas.path("RedFlag").path("enum").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(
                        Arrays.stream(RedFlag.values()).map(RedFlag::code).toList());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    private void conforms(MockHttpServletResponse response, String path, String verb, String status) throws Exception {
        assertThat(Integer.toString(response.getStatus())).as(verb + " " + path).isEqualTo(status);
        JsonNode described = resolve(
                document.path("paths").path(path).path(verb).path("responses").path(status));
        assertThat(described.isMissingNode())
                .as(verb + " " + path + " documents " + status)
                .isFalse();
        String mediaType = response.getContentType().replace(";charset=UTF-8", "");
        JsonNode schema = described.path("content").path(mediaType).path("schema");
        assertThat(schema.isMissingNode())
                .as(verb + " " + path + " " + status + " documents " + mediaType)
                .isFalse();
        List<String> problems = new ArrayList<>();
        check(JSON.readTree(response.getContentAsString()), schema, "$", problems);
        assertThat(problems).as(verb + " " + path + " " + status).isEmpty();
    }

    /** The parts of JSON Schema the document uses: $ref, type, nullable, required, properties, items, enum, ranges. */
    private void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + " is null but not nullable");
            }
            return;
        }
        if (schema.has("enum") && schema.path("enum").valueStream().noneMatch(allowed -> allowed.equals(value))) {
            problems.add(at + " = " + value + " is not in the documented list");
        }
        switch (schema.path("type").asString("")) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + " is not an object");
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asString())) {
                        problems.add(at + " lacks " + required.asString());
                    }
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                value.properties().forEach(field -> {
                    if (properties.has(field.getKey())) {
                        check(field.getValue(), properties.path(field.getKey()), at + "." + field.getKey(), problems);
                    } else if (additional.isObject()) {
                        check(field.getValue(), additional, at + "." + field.getKey(), problems);
                    } else if (!additional.asBoolean(false)) {
                        problems.add(at + "." + field.getKey() + " is not documented");
                    }
                });
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " is not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), at + "[" + i + "]", problems);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + " is not an integer");
                }
                range(value, schema, at, problems);
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + " is not a number");
                }
                range(value, schema, at, problems);
            }
            case "string" -> {
                if (!value.isString()) {
                    problems.add(at + " is not a string");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + " is not a boolean");
                }
            }
            default -> problems.add(at + ": schema without a type");
        }
    }

    private static void range(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if (schema.has("minimum")
                && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
            problems.add(at + " is below the documented minimum");
        }
        if (schema.has("maximum")
                && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
            problems.add(at + " is above the documented maximum");
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = document;
            for (String part : node.path("$ref").asString().substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }
}
