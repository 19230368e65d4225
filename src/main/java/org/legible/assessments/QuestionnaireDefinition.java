package org.legible.assessments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of a questionnaire as data: its item codes and answer types, grouped into sections, read from
 * {@code definitions/<version>.json} beside this class. Pages are drawn from it and answers are checked against it,
 * so a FHIR {@code Questionnaire} can be derived from the same file. Item wording lives in the message bundle
 * ({@code assessment.<instrument>.<item>}), always in Legible's own words.
 */
public record QuestionnaireDefinition(String instrument, String version, String source, List<Section> sections) {

    public QuestionnaireDefinition {
        sections = List.copyOf(sections);
        Set<String> codes = new HashSet<>();
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (!codes.add(item.code())) {
                    throw new IllegalArgumentException("item code used twice: " + item.code());
                }
            }
        }
    }

    public record Section(String code, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** How an item is answered, and the stored text of each answer. */
    public enum ItemType {
        /** Ticked ("yes") or not ("no"), as on the published WPI checklist. */
        CHECK,
        /** 0–3, the SSS anchors. */
        SEVERITY,
        YES_NO,
        /** Yes, no, or "not sure", which the scoring treats as unknown. */
        YES_NO_UNSURE,
        /** A number between the item's min and max, at most two decimals. */
        NUMBER
    }

    /** One question. {@code optional} items may stay unanswered in a finished assessment. */
    /** {@code unit}: for a number, its UCUM unit ({@code ng/mL}, {@code %}), or null. */
    public record Item(String code, ItemType type, BigDecimal min, BigDecimal max, boolean optional, String unit) {

        /** The stored form of a typed answer, or empty when it is not a valid answer to this item. */
        public Optional<String> normalise(String raw) {
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            String text = raw.strip();
            return switch (type) {
                case CHECK, YES_NO -> oneOf(text, "yes", "no");
                case YES_NO_UNSURE -> oneOf(text, "yes", "no", "unsure");
                case SEVERITY -> oneOf(text, "0", "1", "2", "3");
                case NUMBER -> number(text);
            };
        }

        private static Optional<String> oneOf(String text, String... allowed) {
            for (String value : allowed) {
                if (value.equals(text)) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }

        private Optional<String> number(String text) {
            if (text.length() > 12) {
                return Optional.empty();
            }
            try {
                BigDecimal value = new BigDecimal(text.replace(',', '.'));
                if (value.scale() > 2 || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                    return Optional.empty();
                }
                return Optional.of(value.stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<Item> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Required items without an answer, in page order. */
    public List<String> missing(java.util.Map<String, String> answers) {
        return items().stream()
                .filter(i -> !i.optional() && !answers.containsKey(i.code()))
                .map(Item::code)
                .toList();
    }

    static QuestionnaireDefinition load(String version) {
        String resource = "definitions/" + version + ".json";
        try (InputStream in = QuestionnaireDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no questionnaire definition " + resource);
            }
            QuestionnaireDefinition definition = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, QuestionnaireDefinition.class);
            if (!definition.version().equals(version)) {
                throw new IllegalStateException(resource + " declares version " + definition.version());
            }
            return definition;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
