package org.legible.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Bundle goes out as it is filled, so years of diary are never held whole in memory. */
class FhirBundleTest {

    @Test
    void entries_are_written_while_the_bundle_is_filled_and_it_ends_as_one_bundle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FhirBundle bundle = new FhirBundle("b-1", "2026-12-07T10:00:00Z", out);
        List<Integer> writtenSoFar = new ArrayList<>();
        for (int n = 0; n < 1000; n++) {
            bundle.add(FhirElement.resource("Observation").set("status", "final"), FhirBundle.uuid("o", "" + n));
            writtenSoFar.add(out.size());
        }
        // Half-way, most of the first 500 entries have already left for the stream.
        assertThat(writtenSoFar.get(499)).isGreaterThan(writtenSoFar.get(999) / 3);
        bundle.finish();

        JsonNode read = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(read.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(read.get("id").asString()).isEqualTo("b-1");
        assertThat(read.get("type").asString()).isEqualTo("collection");
        assertThat(read.get("entry")).hasSize(1000);
        JsonNode first = read.get("entry").get(0);
        assertThat(first.get("fullUrl").asString()).isEqualTo("urn:uuid:" + FhirBundle.uuid("o", "0"));
        assertThat(first.get("resource").get("id").asString()).isEqualTo(FhirBundle.uuid("o", "0"));
        assertThat(first.get("resource").get("status").asString()).isEqualTo("final");
    }
}
