package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.StrategyUse;

/**
 * One diary day with at least one check-in. Pain is the mean and the worst of the day's overall pain; sleep is
 * the first hours and quality given that day (they describe the night before); the restless-legs urge is the day's
 * highest; woken-by flags are any of the day's.
 */
public record DaySummary(
        LocalDate day,
        int checkIns,
        double meanPain,
        int worstPain,
        BigDecimal sleepHours,
        Integer sleepQuality,
        Double meanFatigue,
        Integer restlessUrge,
        boolean restlessFeaturesAllYes,
        boolean wokenByRestlessLegs,
        List<StrategyUse> strategies,
        List<MedicationUse> medications) {

    public DaySummary {
        strategies = List.copyOf(strategies);
        medications = List.copyOf(medications);
    }
}
