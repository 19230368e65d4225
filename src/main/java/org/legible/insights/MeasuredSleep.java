package org.legible.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.HealthMeasures;

/**
 * Sleep another app measured (brought in from its export) against the pain of the day the night led into: each
 * measured night is paired with that diary day's mean pain when there was a check-in, and nights shorter than the
 * person's own median measured night are compared with the rest (a 90% bootstrap interval, at least
 * {@value Comparison#MIN_EACH} days each side). Kept apart from the sleep people type, so the two are never mixed.
 *
 * @param nights measured nights in the period
 * @param paired of those, nights followed by a day with a check-in
 * @param meanHoursAsleep the mean hours asleep over the measured nights, if any
 * @param medianHoursAsleep the median over the paired nights, the line between "shorter" and the rest
 * @param inBedOnly nights whose source recorded only time in bed: their time asleep is unknown, so they are left
 *     out of everything above, never counted as 0 hours
 */
public record MeasuredSleep(
        int nights,
        int paired,
        BigDecimal meanHoursAsleep,
        BigDecimal medianHoursAsleep,
        Optional<Comparison> shorterNights,
        int inBedOnly) {

    public static final MeasuredSleep NONE = new MeasuredSleep(0, 0, null, null, Optional.empty(), 0);

    public boolean any() {
        return nights > 0 || inBedOnly > 0;
    }

    public static MeasuredSleep of(List<DaySummary> days, List<HealthMeasures.Night> nights) {
        // A night with only time in bed has no time asleep to count: it is left out, never counted as 0 hours.
        List<HealthMeasures.Night> measured =
                nights.stream().filter(n -> n.asleepMinutes() != null).toList();
        int inBedOnly = nights.size() - measured.size();
        if (measured.isEmpty()) {
            return inBedOnly == 0 ? NONE : new MeasuredSleep(0, 0, null, null, Optional.empty(), inBedOnly);
        }
        Map<java.time.LocalDate, Double> pain = new HashMap<>();
        days.forEach(d -> pain.put(d.day(), d.meanPain()));
        double total = 0;
        List<double[]> pairs = new ArrayList<>();
        for (HealthMeasures.Night night : measured) {
            double hours = night.asleepMinutes().doubleValue() / 60;
            total += hours;
            Double dayPain = pain.get(night.day());
            if (dayPain != null) {
                pairs.add(new double[] {hours, dayPain});
            }
        }
        BigDecimal mean = hours(total / measured.size());
        if (pairs.isEmpty()) {
            return new MeasuredSleep(measured.size(), 0, mean, null, Optional.empty(), inBedOnly);
        }
        MedianSplit shorter = MedianSplit.of(pairs, median -> hours -> hours < median);
        return new MeasuredSleep(
                measured.size(), pairs.size(), mean, hours(shorter.median()), shorter.comparison(), inBedOnly);
    }

    private static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
