package org.legible.diary.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which folded sections of the check-in open on arrival: a first check-in shows only the essentials (map and
 * overall pain); a section opens when it holds a value or a problem, so nothing typed is hidden, and "Things you
 * did" opens when the person tracks a strategy.
 */
record OpenSections(
        boolean newOrDifferent,
        boolean when,
        boolean sleep,
        boolean morningStiffness,
        boolean restlessLegs,
        boolean mood,
        boolean interference,
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
                filled(form.morningStiffnessMinutes()) || has(fields, "morningStiffness"),
                filled(form.rlsUrge())
                        || filled(form.rlsWorseAtRest())
                        || filled(form.rlsReliefByMovement())
                        || filled(form.rlsWorseEvening())
                        || has(fields, "rls"),
                filled(form.mood()) || filled(form.stress()) || has(fields, "mood", "stress"),
                filled(form.interference()) || has(fields, "interference"),
                tracking
                        || form.strategies().stream().anyMatch(s -> s != null && s.isUsed())
                        || form.medications().stream().anyMatch(m -> m != null && !m.isBlank())
                        || has(fields, "strategies", "medications"),
                !form.triggers().isEmpty() || filled(form.ownTriggers()) || has(fields, "triggers", "ownTriggers"),
                filled(form.note()) || has(fields, "note"),
                has(fields, "diaryDay"));
    }

    /** As these, with the section named {@code key} (a {@link Deferred#key()}) open as well; unknown keys change nothing. */
    OpenSections with(String key) {
        if (key == null) {
            return this;
        }
        return new OpenSections(
                newOrDifferent,
                when || key.equals("when"),
                sleep || key.equals("sleep"),
                morningStiffness || key.equals("morningStiffness"),
                restlessLegs || key.equals("restlessLegs"),
                mood || key.equals("mood"),
                interference || key.equals("interference"),
                actions || key.equals("actions"),
                triggers || key.equals("triggers"),
                note || key.equals("note"),
                day || key.equals("day"));
    }

    /**
     * A folded section a blank check-in's page leaves out, in page order: its key (the real section's
     * {@code data-section}), its summary's message, the field a page returned whole scrolls to, and whether it opens.
     */
    record Deferred(String key, String summary, String anchor, boolean open) {}

    /**
     * The sections after "Something new or different?", which a blank check-in's page asks for once shown; of the
     * optional ones only those {@code asks} offers.
     */
    List<Deferred> deferred(OptionalQuestions asks) {
        return Stream.of(
                        new Deferred("when", "checkIn.section.when", "timeOfDay", when),
                        new Deferred("sleep", "checkIn.section.sleep", "sleepHours", sleep),
                        new Deferred(
                                "morningStiffness",
                                "checkIn.section.morningStiffness",
                                "morningStiffnessMinutes",
                                morningStiffness),
                        new Deferred("restlessLegs", "checkIn.section.rls", "rlsUrge", restlessLegs),
                        new Deferred("mood", "checkIn.section.mood", "mood", mood),
                        new Deferred("interference", "checkIn.section.interference", "interference", interference),
                        new Deferred("actions", "checkIn.section.actions", "actions", actions),
                        new Deferred("triggers", "checkIn.section.triggers", "triggers", triggers),
                        new Deferred("note", "checkIn.section.note", "note", note),
                        new Deferred("day", "checkIn.section.day", "diaryDay", day))
                .filter(d -> asks.offers(d.key()))
                .toList();
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
