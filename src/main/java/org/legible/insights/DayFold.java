package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one rule for a day's numbers, fed its check-ins in the order recorded: pain is their mean and their worst, sleep
 * the first hours given (they describe the night before), tiredness the mean of those that gave it, the urge to move
 * the highest. {@link DaySummaries} and {@link YearsOverview} both fold with it, so a day counts alike in both.
 */
final class DayFold {

    private int checkIns;
    private int painSum;
    private int worst;
    private int fatigueSum;
    private int fatigueCount;
    private BigDecimal sleepHours;
    private Integer urge;

    void add(int pain, Integer fatigue, BigDecimal hours, Integer restlessUrge) {
        checkIns++;
        painSum += pain;
        worst = Math.max(worst, pain);
        if (fatigue != null) {
            fatigueSum += fatigue;
            fatigueCount++;
        }
        if (sleepHours == null) {
            sleepHours = hours;
        }
        if (restlessUrge != null) {
            urge = urge == null ? restlessUrge : Math.max(urge, restlessUrge);
        }
    }

    int checkIns() {
        return checkIns;
    }

    double meanPain() {
        return (double) painSum / checkIns;
    }

    int worstPain() {
        return worst;
    }

    BigDecimal sleepHours() {
        return sleepHours;
    }

    Double meanFatigue() {
        return fatigueCount == 0 ? null : (double) fatigueSum / fatigueCount;
    }

    Integer urge() {
        return urge;
    }

    /** The day as a span of one, for weeks, months and years. */
    SpanSummary.Day day(LocalDate day) {
        return new SpanSummary.Day(
                day,
                meanPain(),
                worst,
                sleepHours == null ? null : sleepHours.doubleValue(),
                meanFatigue(),
                urge == null ? null : urge.doubleValue());
    }
}
