package org.legible.interop.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Legible reads JSON from outside, the same for the API and for an imported file: strict about shape (no
 * unknown or repeated field, no "5" where a number belongs, nothing after the document), so that what is left
 * to judge is values, which the check-in rules judge for every channel alike. Spring's own reader is set the same
 * way in application.properties.
 */
public final class JsonFaults {

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private JsonFaults() {}

    /** The JSON path of the value at fault, such as {@code sites[0].intensity}. */
    public static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The name of a field given twice in one object, when that is the fault. */
    public static Optional<String> repeatedField(JacksonException e) {
        String message = e.getOriginalMessage();
        String prefix = "Duplicate Object property \"";
        if (message == null || !message.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = message.indexOf('"', prefix.length());
        return Optional.of(end < 0 ? message.substring(prefix.length()) : message.substring(prefix.length(), end));
    }

    /** The line of the fault, or 0 when the reader does not know it. */
    public static int line(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
