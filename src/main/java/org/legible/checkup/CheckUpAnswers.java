package org.legible.checkup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;

/**
 * What a person answered, exactly as given: the values of each question (a question left alone has none), how each
 * strategy they tried went, and the medications they take in their own words.
 */
public record CheckUpAnswers(Map<Question, List<String>> values, Map<Strategy, Helped> tried, String medications) {

    /** Long enough for a list of medications with doses; said clearly when exceeded. */
    public static final int MEDICATIONS_LIMIT = 2000;

    public static final CheckUpAnswers NONE = new CheckUpAnswers(Map.of(), Map.of(), null);

    public CheckUpAnswers {
        Map<Question, List<String>> copy = new EnumMap<>(Question.class);
        // Answers are kept in the question's own order (the map's order for places), so the same answers are equal
        // however a form or a file listed them; a value the question does not know goes last.
        values.forEach((q, v) -> {
            if (!v.isEmpty()) {
                List<String> ordered = new ArrayList<>(v);
                ordered.sort(java.util.Comparator.comparingInt(answer -> {
                    int index = q.allowed().indexOf(answer);
                    return index < 0 ? Integer.MAX_VALUE : index;
                }));
                copy.put(q, List.copyOf(ordered));
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
        tried = tried.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(tried));
        medications = medications == null || medications.isBlank() ? null : medications.strip();
    }

    public List<String> all(Question question) {
        return values.getOrDefault(question, List.of());
    }

    /** The single answer of a one-answer question, or null when it was left alone. */
    public String one(Question question) {
        List<String> answers = all(question);
        return answers.isEmpty() ? null : answers.get(0);
    }

    public boolean is(Question question, String answer) {
        return all(question).contains(answer);
    }

    public boolean yes(Question question) {
        return is(question, "yes");
    }

    public boolean isEmpty() {
        return values.isEmpty() && tried.isEmpty() && medications == null;
    }

    /** Answers read from a form, with a message key per field that held something the form never offers. */
    public record Parsed(CheckUpAnswers answers, Map<String, String> errors) {}

    /**
     * Reads the form: one field per question code ({@code where}, {@code feet_feels}, …), {@code tried.<strategy>}
     * with a "helped" code or empty for not tried, and {@code medications}. Values the form does not offer are
     * refused next to their question, and the rest is kept, so nothing typed is lost.
     */
    public static Parsed read(Map<String, List<String>> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Question, List<String>> values = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            List<String> given = new ArrayList<>();
            for (String value : form.getOrDefault(question.code(), List.of())) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (!question.allowed().contains(value) || given.contains(value)) {
                    errors.put(question.code(), "checkup.error.choice");
                    continue;
                }
                given.add(value);
            }
            if (question.kind() == Question.Kind.ONE && given.size() > 1) {
                errors.put(question.code(), "checkup.error.one");
                given = given.subList(0, 1);
            }
            values.put(question, given);
        }
        Map<Strategy, Helped> tried = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            String value = first(form.get("tried." + strategy.code()));
            if (value == null || value.isBlank()) {
                continue;
            }
            Coded.fromCode(Helped.class, value)
                    .ifPresentOrElse(
                            helped -> tried.put(strategy, helped),
                            () -> errors.put("tried." + strategy.code(), "checkup.error.choice"));
        }
        String medications = first(form.get("medications"));
        if (medications != null && medications.length() > MEDICATIONS_LIMIT) {
            errors.put("medications", "checkup.error.medications");
        }
        return new Parsed(new CheckUpAnswers(values, tried, medications), errors);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
