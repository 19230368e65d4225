package org.legible.diary.web;

import java.util.Arrays;
import java.util.List;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;

/** The vocabulary codes, in order, for the form's loops; labels come from the message bundles. */
record VocabularyView(
        List<String> timesOfDay,
        List<String> contexts,
        List<String> wokeBy,
        List<String> helped,
        List<String> schedules,
        List<String> triggers,
        List<RedFlag> redFlags) {

    static final VocabularyView INSTANCE = new VocabularyView(
            codes(TimeOfDay.class),
            codes(PainContext.class),
            codes(WokeBy.class),
            codes(Helped.class),
            codes(MedicationSchedule.class),
            codes(Trigger.class),
            List.of(RedFlag.values()));

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
