package org.legible.diary.web;

import java.util.Set;

/**
 * Which folded sections of the check-in open on arrival: a first check-in shows only the essentials (map and
 * overall pain); a section opens when it holds a value or a problem, so nothing typed is hidden, and "Things you
 * did" opens when the person tracks a strategy.
 */
record OpenSections(
        boolean newOrDifferent,
        boolean when,
        boolean sleep,
        boolean restlessLegs,
        boolean actions,
        boolean triggers,
        boolean note,
        boolean day) {

    /** {@code tracking}: the person tracks a strategy, so "Things you did" opens to put it one tap away. */
    static OpenSections of(CheckInForm form, FieldProblems problems, boolean tracking) {
        Set<String> fields = problems.asMap().keySet();
        return new OpenSections(
                !form.redFlags().isEmpty() || has(fields, "redFlags"),
                !form.contexts().isEmpty() || has(fields, "timeOfDay", "contexts"),
                filled(form.sleepHours())
                        || filled(form.sleepQuality())
                        || !form.wokeBy().isEmpty()
                        || filled(form.fatigue())
                        || has(fields, "sleep", "wokeBy", "fatigue"),
                filled(form.rlsUrge())
                        || filled(form.rlsWorseAtRest())
                        || filled(form.rlsReliefByMovement())
                        || filled(form.rlsWorseEvening())
                        || has(fields, "rls"),
                tracking
                        || form.strategies().stream().anyMatch(s -> s != null && s.isUsed())
                        || form.medications().stream().anyMatch(m -> m != null && !m.isBlank())
                        || has(fields, "strategies", "medications"),
                !form.triggers().isEmpty() || filled(form.ownTriggers()) || has(fields, "triggers", "ownTriggers"),
                filled(form.note()) || has(fields, "note"),
                has(fields, "diaryDay"));
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean has(Set<String> fields, String... prefixes) {
        for (String field : fields) {
            for (String prefix : prefixes) {
                if (field.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
