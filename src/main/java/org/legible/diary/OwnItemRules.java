package org.legible.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one set of rules for adding an own item, whichever way it comes: every problem by its field, as a message key
 * from messages.properties. Names, ends, units and words are one line each; a word holds no comma, since commas
 * separate the words in the form.
 */
public final class OwnItemRules {

    /** Either the item (no problems) or the problems by field, never both. */
    public record Checked(OwnItem item, Map<String, CheckInRules.Problem> problems) {
        public boolean valid() {
            return item != null;
        }
    }

    private final Map<String, CheckInRules.Problem> problems = new LinkedHashMap<>();

    private OwnItemRules() {}

    /**
     * {@code active}: the person's items still tracked, whose names a new one may not repeat and whose number is
     * capped; {@code since} the day it begins.
     */
    public static Checked check(OwnItemDraft draft, List<OwnItem> active, String id, LocalDate since) {
        OwnItemRules rules = new OwnItemRules();
        OwnItem item = rules.item(draft, active, id, since);
        return rules.problems.isEmpty() ? new Checked(item, Map.of()) : new Checked(null, Map.copyOf(rules.problems));
    }

    private OwnItem item(OwnItemDraft d, List<OwnItem> active, String id, LocalDate since) {
        String name = line(d.name(), OwnItem.NAME_CHARACTERS, "name");
        if (name == null && !problems.containsKey("name")) {
            add("name", "ownItem.name.required");
        } else if (name != null && active.stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) {
            add("name", "ownItem.name.taken");
        }
        if (active.size() >= OwnItem.MAX_ACTIVE) {
            add("name", "ownItem.tooMany", OwnItem.MAX_ACTIVE);
        }
        OwnItem.Kind kind = Coded.fromCode(OwnItem.Kind.class, d.kind()).orElse(null);
        if (kind == null) {
            add("kind", "ownItem.kind.required");
        }
        String low = kind == OwnItem.Kind.SCALE ? line(d.low(), OwnItem.LABEL_CHARACTERS, "low") : null;
        String high = kind == OwnItem.Kind.SCALE ? line(d.high(), OwnItem.LABEL_CHARACTERS, "high") : null;
        String unit = kind == OwnItem.Kind.NUMBER ? line(d.unit(), OwnItem.LABEL_CHARACTERS, "unit") : null;
        List<String> words = kind == OwnItem.Kind.WORDS ? words(d.words()) : List.of();
        if (!problems.isEmpty()) {
            return null;
        }
        return new OwnItem(id, name, kind, low, high, unit, words, since, null);
    }

    private List<String> words(List<String> given) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : given) {
            if (text != null && text.contains(",")) {
                add("words", "ownItem.words.comma");
                return List.of();
            }
            String word = line(text, OwnItem.LABEL_CHARACTERS, "words");
            if (problems.containsKey("words")) {
                return List.of();
            }
            if (word != null && !seen.add(word.toLowerCase(Locale.ROOT))) {
                add("words", "ownItem.words.twice", word);
                return List.of();
            }
            if (word != null) {
                words.add(word);
            }
        }
        if (words.size() < OwnItem.MIN_WORDS || words.size() > OwnItem.MAX_WORDS) {
            add("words", "ownItem.words.count", OwnItem.MIN_WORDS, OwnItem.MAX_WORDS);
        }
        return words;
    }

    /** One line of at most {@code max} characters, or null when blank. */
    private String line(String value, int max, String field) {
        String text = FreeText.withoutControlCharacters(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        if (text.contains("\n") || text.contains("\r") || text.contains("\t")) {
            add(field, "ownItem.oneLine");
            return null;
        }
        if (text.length() > max) {
            add(field, "ownItem.tooLong", max, text.length());
            return null;
        }
        return text;
    }

    private void add(String field, String key, Object... args) {
        problems.putIfAbsent(field, new CheckInRules.Problem(field, key, args));
    }
}
