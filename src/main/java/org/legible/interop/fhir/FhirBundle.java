package org.legible.interop.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A FHIR {@code collection} Bundle being filled: each resource an entry under its {@code urn:uuid:} full URL. */
final class FhirBundle {

    private final FhirElement bundle;

    FhirBundle(String id, String timestamp) {
        bundle = FhirElement.resource("Bundle")
                .set("id", id)
                .set("type", "collection")
                .set("timestamp", timestamp);
    }

    void add(FhirElement resource, String id) {
        resource.identify(id);
        bundle.addNew("entry").set("fullUrl", "urn:uuid:" + id).set("resource", resource);
    }

    byte[] json() {
        return bundle.json();
    }

    /** A stable id from its parts, so exporting twice gives the same ids (UUID v3). */
    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
