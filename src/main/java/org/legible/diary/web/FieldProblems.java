package org.legible.diary.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems found in a form, by field name, in the order the fields appear; each a message key with arguments. */
final class FieldProblems {

    record Problem(String messageKey, Object[] args) {}

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    void add(String field, String messageKey, Object... args) {
        problems.putIfAbsent(field, new Problem(messageKey, args));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    boolean has(String field) {
        return problems.containsKey(field);
    }

    Map<String, Problem> asMap() {
        return problems;
    }

    /** Each field's message in {@code locale}, in field order: what the error summary and the fields show. */
    Map<String, String> messages(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        Map<String, String> shown = new LinkedHashMap<>();
        problems.forEach((field, p) -> shown.put(field, messages.getMessage(p.messageKey(), p.args(), locale)));
        return shown;
    }
}
