package org.legible.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.HealthMeasures;

/**
 * Steps another app counted (brought in from its export) against the pain of the next diary day: activity often
 * shows in fibromyalgia pain a day later. Each day with steps is paired with the next day's mean pain when there was a
 * check-in that day, and days busier than the person's own median are compared with the rest (a 90% bootstrap
 * interval, at least {@value Comparison#MIN_EACH} days each side). Nothing here says more steps are bad: the
 * comparison is the person's own, shown with its uncertainty.
 *
 * @param days days with steps in the period
 * @param paired of those, days followed by a day with a check-in
 * @param meanSteps the mean steps a day over the days with steps, if any
 * @param medianSteps the median over the paired days, the line between "busier" and the rest
 * @param activeDays days with active minutes counted
 * @param meanActiveMinutes the mean active minutes over those days, if any
 */
public record MeasuredActivity(
        int days,
        int paired,
        Long meanSteps,
        Long medianSteps,
        Optional<Comparison> busierDays,
        int activeDays,
        Integer meanActiveMinutes) {

    public static final MeasuredActivity NONE = new MeasuredActivity(0, 0, null, null, Optional.empty(), 0, null);

    public boolean any() {
        return days > 0;
    }

    /** {@code summaries} must reach the day after the period, where the last day's next-day pain is. */
    public static MeasuredActivity of(List<DaySummary> summaries, List<HealthMeasures.StepDay> steps) {
        if (steps.isEmpty()) {
            return NONE;
        }
        Map<LocalDate, Double> pain = new HashMap<>();
        summaries.forEach(d -> pain.put(d.day(), d.meanPain()));
        long total = 0;
        List<double[]> pairs = new ArrayList<>();
        for (HealthMeasures.StepDay day : steps) {
            total += day.steps();
            Double nextDayPain = pain.get(day.day().plusDays(1));
            if (nextDayPain != null) {
                pairs.add(new double[] {day.steps(), nextDayPain});
            }
        }
        long mean = Math.round((double) total / steps.size());
        // Active minutes are averaged over the days that had them: a file without them says nothing, not 0.
        int activeDays =
                (int) steps.stream().filter(d -> d.activeMinutes() != null).count();
        Integer meanActive = activeDays == 0
                ? null
                : (int) Math.round(steps.stream()
                        .filter(d -> d.activeMinutes() != null)
                        .mapToInt(HealthMeasures.StepDay::activeMinutes)
                        .average()
                        .orElseThrow());
        if (pairs.isEmpty()) {
            return new MeasuredActivity(steps.size(), 0, mean, null, Optional.empty(), activeDays, meanActive);
        }
        MedianSplit busier = MedianSplit.of(pairs, median -> count -> count > median);
        return new MeasuredActivity(
                steps.size(),
                pairs.size(),
                mean,
                Math.round(busier.median()),
                busier.comparison(),
                activeDays,
                meanActive);
    }
}
