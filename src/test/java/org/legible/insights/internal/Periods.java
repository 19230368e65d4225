package org.legible.insights.internal;

import java.time.LocalDate;
import java.util.List;
import org.legible.diary.CheckIn;
import org.legible.diary.HealthMeasures;
import org.legible.insights.FlareRule;
import org.legible.insights.PeriodInsights;

/** A period's figures straight from check-ins, for tests of what is drawn from them (charts, overviews). */
public final class Periods {

    private Periods() {}

    public static PeriodInsights of(List<CheckIn> checkIns, LocalDate from, LocalDate to, FlareRule rule) {
        return PeriodAnalysis.analyse(checkIns, from, to, rule);
    }

    public static PeriodInsights of(
            List<CheckIn> checkIns, List<HealthMeasures.Night> nights, LocalDate from, LocalDate to, FlareRule rule) {
        return PeriodAnalysis.analyse(checkIns, nights, from, to, rule);
    }

    public static PeriodInsights of(
            List<CheckIn> checkIns,
            List<HealthMeasures.Night> nights,
            List<HealthMeasures.StepDay> steps,
            LocalDate from,
            LocalDate to,
            FlareRule rule) {
        return PeriodAnalysis.analyse(checkIns, nights, steps, from, to, rule);
    }
}
