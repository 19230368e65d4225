package org.legible.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.Vocabulary.WokeBy;

/** Folds check-ins into one {@link DaySummary} per diary day, oldest first. Days without a check-in are absent. */
public final class DaySummaries {

    private DaySummaries() {}

    public static List<DaySummary> of(List<CheckIn> checkIns) {
        Map<LocalDate, List<CheckIn>> byDay = new TreeMap<>();
        for (CheckIn checkIn : checkIns) {
            byDay.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                    .add(checkIn);
        }
        List<DaySummary> days = new ArrayList<>(byDay.size());
        byDay.forEach((day, list) -> days.add(summarise(day, list)));
        return days;
    }

    private static DaySummary summarise(LocalDate day, List<CheckIn> checkIns) {
        List<CheckInDetails> details = checkIns.stream()
                .sorted(Comparator.comparing(CheckIn::recordedAt))
                .map(CheckIn::details)
                .toList();
        DayFold fold = new DayFold();
        Integer sleepQuality = null;
        boolean allFeatures = false;
        boolean wokenByRestlessLegs = false;
        List<CheckInDetails.StrategyUse> strategies = new ArrayList<>();
        List<CheckInDetails.MedicationUse> medications = new ArrayList<>();
        for (CheckInDetails d : details) {
            RestlessLegs rls = d.restlessLegs();
            fold.add(d.overallPain(), d.fatigue(), d.sleep().hours(), rls.urge());
            if (sleepQuality == null) {
                sleepQuality = d.sleep().quality();
            }
            wokenByRestlessLegs |= d.sleep().wokeBy().contains(WokeBy.RESTLESS_LEGS);
            allFeatures |= Boolean.TRUE.equals(rls.worseAtRest())
                    && Boolean.TRUE.equals(rls.reliefByMovement())
                    && Boolean.TRUE.equals(rls.worseEveningOrNight());
            strategies.addAll(d.strategies());
            medications.addAll(d.medications());
        }
        return new DaySummary(
                day,
                fold.checkIns(),
                fold.meanPain(),
                fold.worstPain(),
                fold.sleepHours(),
                sleepQuality,
                fold.meanFatigue(),
                fold.urge(),
                allFeatures,
                wokenByRestlessLegs,
                strategies,
                medications);
    }
}
