package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.legible.bodymap.BodySite;
import org.legible.diary.CheckInDetails.TriggerMention;

/**
 * One flare: its days, its peak (the highest daily mean pain), the baseline it rose above, where it hurt during it,
 * and what the three diary days before it held.
 */
public record Flare(
        LocalDate start,
        LocalDate end,
        LocalDate peakDay,
        double peakPain,
        double baselineMedian,
        List<BodySite> sites,
        Before before) {

    public Flare {
        sites = List.copyOf(sites);
    }

    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    }

    /**
     * The 72 hours before the flare, read as its three diary days: how many had a
     * check-in, mean sleep hours and quality of the three nights before it (the sleep answers of its first day and the
     * two days before) against the baseline, triggers named, active contexts (standing,
     * walking, after activity), and strategies the person uses on most baseline days that were missing then.
     */
    public record Before(
            int daysWithCheckIn,
            BigDecimal meanSleepHours,
            BigDecimal baselineSleepHours,
            Double meanSleepQuality,
            Double baselineSleepQuality,
            List<TriggerMention> triggers,
            int activeCheckIns,
            List<StrategyName> missedStrategies) {

        public Before {
            triggers = List.copyOf(triggers);
            missedStrategies = List.copyOf(missedStrategies);
        }
    }
}
