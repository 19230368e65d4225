package org.legible.interop.fhir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;

/**
 * A FHIR {@code collection} Bundle written as it is filled: each resource an entry under its {@code urn:uuid:} full
 * URL, written out when it is added, so a diary of years is never held whole in memory (a ten-year Bundle ran out of
 * a 256 MB heap when it was; docs/benchmarks.md, "With a 256 MB heap").
 */
final class FhirBundle {

    private final JsonGenerator out;

    FhirBundle(String id, String timestamp, OutputStream stream) {
        out = FhirElement.generator(stream);
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Bundle");
        out.writeStringProperty("id", id);
        out.writeStringProperty("type", "collection");
        out.writeStringProperty("timestamp", timestamp);
        out.writeName("entry");
        out.writeStartArray();
    }

    void add(FhirElement resource, String id) {
        resource.identify(id);
        new FhirElement()
                .set("fullUrl", "urn:uuid:" + id)
                .set("resource", resource)
                .writeTo(out);
    }

    /** Closes the Bundle and flushes it; the stream stays open. */
    void finish() {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    /** A stable id from its parts, so exporting twice gives the same ids (UUID v3). */
    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
