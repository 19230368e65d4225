package org.legible.diary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A check-in as it arrives from any channel (the form, the API, a JSON import), every value as text so that
 * {@link CheckInRules} can judge them all alike. Codes are the vocabulary's; yes/no answers are "yes" or "no".
 */
public record CheckInDraft(
        String diaryDay,
        String overallPain,
        String timeOfDay,
        List<String> contexts,
        List<Site> sites,
        String sleepHours,
        String sleepQuality,
        List<String> wokeBy,
        String fatigue,
        String restlessUrge,
        String worseAtRest,
        String reliefByMovement,
        String worseEveningOrNight,
        List<Strategy> strategies,
        List<Medication> medications,
        List<Trigger> triggers,
        String note,
        List<String> redFlags,
        String mood,
        String stress,
        String interference,
        String morningStiffnessMinutes,
        List<OwnAnswer> ownItems) {

    public CheckInDraft {
        contexts = orEmpty(contexts);
        sites = orEmpty(sites);
        wokeBy = orEmpty(wokeBy);
        strategies = orEmpty(strategies);
        medications = orEmpty(medications);
        triggers = orEmpty(triggers);
        redFlags = orEmpty(redFlags);
        ownItems = orEmpty(ownItems);
    }

    /** The same draft answering own items by other ids: an import keeps an item under a new id when it must. */
    public CheckInDraft withOwnItemIds(java.util.Map<String, String> ids) {
        List<OwnAnswer> renamed = ownItems.stream()
                .map(a -> a == null ? null : new OwnAnswer(ids.getOrDefault(a.item(), a.item()), a.value()))
                .toList();
        return new CheckInDraft(
                diaryDay,
                overallPain,
                timeOfDay,
                contexts,
                sites,
                sleepHours,
                sleepQuality,
                wokeBy,
                fatigue,
                restlessUrge,
                worseAtRest,
                reliefByMovement,
                worseEveningOrNight,
                strategies,
                medications,
                triggers,
                note,
                redFlags,
                mood,
                stress,
                interference,
                morningStiffnessMinutes,
                renamed);
    }

    /** An answer to one of the person's own items, by the item's id. */
    public record OwnAnswer(String item, String value) {}

    public record Site(String site, String intensity, List<String> descriptors) {
        public Site {
            descriptors = orEmpty(descriptors);
        }
    }

    /** A vocabulary strategy by code, or the person's own by name. */
    public record Strategy(String strategy, String ownName, String detail, String minutes, String helped) {}

    public record Medication(String name, String dose, String unit, String schedule, String helped) {}

    /** A vocabulary trigger by code, or the person's own by name. */
    public record Trigger(String trigger, String ownName) {}

    /**
     * A number from a JSON channel as the form would have received it typed: 5.9 stays "5.9" (so a whole-number
     * field refuses it as the form does, instead of cutting it to 5), and one too long to write out plainly keeps
     * its exponent, which every number rule refuses as it refuses a typed "1E+999".
     */
    public static String typed(BigDecimal number) {
        if (number == null) {
            return null;
        }
        return Math.abs(number.scale()) > 40 ? number.toString() : number.toPlainString();
    }

    public static String typed(Boolean answer) {
        return answer == null ? null : answer ? "yes" : "no";
    }

    private static <T> List<T> orEmpty(List<T> values) {
        // Not List.copyOf: a JSON list may hold null, which the rules report by its place.
        return values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
