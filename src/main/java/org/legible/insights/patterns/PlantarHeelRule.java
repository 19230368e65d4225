package org.legible.insights.patterns;

import java.util.List;
import java.util.Optional;

/**
 * A heel that hurts in morning check-ins made standing or walking, on at least {@value #MIN_DAYS} days: pain worst
 * with the first steps of the morning is typical of plantar fasciitis (clinical_reference §6.9), an overlapping
 * condition with its own treatment.
 */
public final class PlantarHeelRule implements PatternRule {

    public static final int MIN_DAYS = 5;

    @Override
    public Optional<Explanation> explain(PatternFacts facts) {
        if (facts.morningHeelOnFeetDays() < MIN_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Explanation(
                Mechanism.PLANTAR_HEEL,
                List.of(Evidence.of("pattern.plantar_heel.evidence", facts.morningHeelOnFeetDays()))));
    }
}
