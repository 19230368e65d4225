package org.legible.diary.web;

import java.util.List;

/**
 * What the check-in form posts, as the person typed it: every value is text, so nothing typed is lost to a type
 * conversion and each problem can be reported next to its field. Holds no id and no account (no mass assignment).
 */
record CheckInForm(
        String diaryDay,
        List<SiteForm> sites,
        String overallPain,
        String timeOfDay,
        List<String> contexts,
        String sleepHours,
        String sleepQuality,
        List<String> wokeBy,
        String fatigue,
        String rlsUrge,
        String rlsWorseAtRest,
        String rlsReliefByMovement,
        String rlsWorseEvening,
        List<StrategyForm> strategies,
        List<MedicationForm> medications,
        List<String> triggers,
        String ownTriggers,
        String note,
        List<String> redFlags,
        String mood,
        String stress,
        String interference,
        String morningStiffnessMinutes,
        List<OwnItemForm> ownItems) {

    CheckInForm {
        sites = sites == null ? List.of() : sites;
        contexts = contexts == null ? List.of() : contexts;
        wokeBy = wokeBy == null ? List.of() : wokeBy;
        strategies = strategies == null ? List.of() : strategies;
        medications = medications == null ? List.of() : medications;
        triggers = triggers == null ? List.of() : triggers;
        redFlags = redFlags == null ? List.of() : redFlags;
        ownItems = ownItems == null ? List.of() : ownItems;
    }

    static CheckInForm empty() {
        return new CheckInForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /**
     * A new check-in starting from this one: today's diary day, the time of day now, no note, no red flags, and no
     * answer to how much pain got in the way or how long the morning's stiffness lasted (they are about what is new,
     * or about one day, so they are asked afresh).
     */
    CheckInForm asNewCheckIn(String day, String time) {
        return with(day, time, null, List.of(), null, null, ownItems);
    }

    /** The same answers on another diary day: a check-in kept offline goes on the day it was made. */
    CheckInForm withDiaryDay(String day) {
        return with(day, timeOfDay, note, redFlags, interference, morningStiffnessMinutes, ownItems);
    }

    /**
     * The same answers with a row for each of {@code active} not yet in the form, after the rows it has: a row keeps
     * its place, so a problem reported for {@code ownItems[2]} stays with the row sent as that.
     */
    CheckInForm withRowsFor(List<org.legible.diary.OwnItem> active) {
        List<OwnItemForm> rows = new java.util.ArrayList<>(ownItems);
        for (org.legible.diary.OwnItem item : active) {
            if (rows.stream().noneMatch(r -> r != null && item.id().equals(r.item()))) {
                rows.add(new OwnItemForm(item.id(), null));
            }
        }
        return with(diaryDay, timeOfDay, note, redFlags, interference, morningStiffnessMinutes, rows);
    }

    /** The same answers without the own-item rows of items other than {@code ids}. */
    CheckInForm withRowsOnlyFor(java.util.Set<String> ids) {
        return with(
                diaryDay,
                timeOfDay,
                note,
                redFlags,
                interference,
                morningStiffnessMinutes,
                ownItems.stream()
                        .filter(r -> r != null && ids.contains(r.item()))
                        .toList());
    }

    private CheckInForm with(
            String day,
            String time,
            String newNote,
            List<String> flags,
            String newInterference,
            String stiffness,
            List<OwnItemForm> rows) {
        return new CheckInForm(
                day,
                sites,
                overallPain,
                time,
                contexts,
                sleepHours,
                sleepQuality,
                wokeBy,
                fatigue,
                rlsUrge,
                rlsWorseAtRest,
                rlsReliefByMovement,
                rlsWorseEvening,
                strategies,
                medications,
                triggers,
                ownTriggers,
                newNote,
                flags,
                mood,
                stress,
                newInterference,
                stiffness,
                rows);
    }

    /** An answer to one of the person's own items: the item's id (a hidden field) and the answer as typed. */
    record OwnItemForm(String item, String value) {}

    /** One site of the map: its code (e.g. {@code heel-left}), whether it hurts, how much, and how it feels. */
    record SiteForm(String code, String selected, String intensity, List<String> descriptors) {
        SiteForm {
            descriptors = descriptors == null ? List.of() : descriptors;
        }

        boolean isSelected() {
            return selected != null && !selected.isBlank();
        }
    }

    /** A vocabulary strategy (code) that was used, or the person's own (ownName). */
    record StrategyForm(String code, String used, String ownName, String detail, String minutes, String helped) {
        boolean isUsed() {
            return code != null && !code.isBlank()
                    ? used != null && !used.isBlank()
                    : ownName != null && !ownName.isBlank();
        }
    }

    record MedicationForm(String name, String dose, String unit, String schedule, String helped) {
        boolean isBlank() {
            return blank(name) && blank(dose) && blank(unit) && blank(schedule) && blank(helped);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
