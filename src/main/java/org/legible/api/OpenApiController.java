package org.legible.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's OpenAPI 3 description: written by hand next to the code, with the code lists filled in from the
 * vocabulary so they cannot drift, and checked against the real endpoints by {@code OpenApiDocumentTest}. Public:
 * it describes the API and holds no one's data.
 */
@RestController
class OpenApiController {

    static final String DOCUMENT = "/org/legible/api/openapi.json";

    private final byte[] document;

    OpenApiController() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root;
        try (InputStream in = OpenApiController.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DOCUMENT);
            }
            root = (ObjectNode) mapper.readTree(in);
        }
        JsonNode schemas = root.path("components").path("schemas");
        codeLists().forEach((name, codes) -> {
            ObjectNode schema = (ObjectNode) schemas.get(name);
            ArrayNode values = schema.putArray("enum");
            codes.forEach(values::add);
            if (schema.path("nullable").asBoolean(false)) {
                values.addNull();
            }
        });
        document = mapper.writeValueAsBytes(root);
    }

    private static Map<String, List<String>> codeLists() {
        return Map.of(
                "SiteCode", BodySite.all().stream().map(BodySite::code).toList(),
                "DescriptorCode",
                        Arrays.stream(Descriptor.values()).map(Descriptor::code).toList(),
                "TimeOfDay", codes(Vocabulary.TimeOfDay.values()),
                "PainContext", codes(Vocabulary.PainContext.values()),
                "WokeBy", codes(Vocabulary.WokeBy.values()),
                "StrategyCode", codes(Vocabulary.Strategy.values()),
                "Helped", codes(Vocabulary.Helped.values()),
                "MedicationSchedule", codes(Vocabulary.MedicationSchedule.values()),
                "TriggerCode", codes(Vocabulary.Trigger.values()));
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
