package org.legible.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.legible.diary.CheckIn;
import org.legible.diary.Vocabulary.Strategy;

/**
 * How a personal experiment went: one strategy used every day for a set number of days, the person's daily mean
 * leg and foot pain over those days against the same number of days just before it started (its baseline), with the
 * same 90% interval as "what seems to help", one that allows for neighbouring days being alike (at least
 * {@value Comparison#MIN_EACH} days with a check-in on each side), and how many of its days the strategy was
 * recorded. A before-and-after of one person: it can show a change, not prove what caused it.
 *
 * @param daysSoFar experiment days up to its last day or today, whichever comes first
 * @param daysUsed of those, days with a check-in that recorded the strategy
 * @param baselineDays days of the baseline with a check-in
 * @param trialDays experiment days with a check-in
 * @param change the experiment's days against the baseline's, once both sides have enough days
 */
public record ExperimentOutcome(
        int daysSoFar,
        int daysUsed,
        int baselineDays,
        int trialDays,
        Double baselineMean,
        Double trialMean,
        Optional<Comparison> change) {

    /**
     * {@code checkIns} must cover the baseline and the experiment: from {@code start - days} to {@code lastDay}, the
     * experiment's last day so far.
     */
    public static ExperimentOutcome of(
            List<CheckIn> checkIns, Strategy strategy, LocalDate start, int days, LocalDate lastDay) {
        LocalDate baselineFrom = start.minusDays(days);
        List<Double> baseline = new ArrayList<>();
        List<Double> trial = new ArrayList<>();
        List<Double> inOrder = new ArrayList<>();
        List<Boolean> inTrial = new ArrayList<>();
        for (DaySummary day : DaySummaries.of(checkIns)) {
            if (!day.day().isBefore(baselineFrom) && day.day().isBefore(start)) {
                baseline.add(day.meanPain());
                inOrder.add(day.meanPain());
                inTrial.add(false);
            } else if (!day.day().isBefore(start) && !day.day().isAfter(lastDay)) {
                trial.add(day.meanPain());
                inOrder.add(day.meanPain());
                inTrial.add(true);
            }
        }
        Set<LocalDate> used = new HashSet<>();
        for (CheckIn checkIn : checkIns) {
            LocalDate day = checkIn.details().diaryDay();
            if (!day.isBefore(start)
                    && !day.isAfter(lastDay)
                    && checkIn.details().strategies().stream().anyMatch(s -> s.strategy() == strategy)) {
                used.add(day);
            }
        }
        int soFar = lastDay.isBefore(start) ? 0 : (int) (lastDay.toEpochDay() - start.toEpochDay() + 1);
        return new ExperimentOutcome(
                soFar,
                used.size(),
                baseline.size(),
                trial.size(),
                mean(baseline),
                mean(trial),
                Comparison.overDays(inOrder, inTrial));
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
