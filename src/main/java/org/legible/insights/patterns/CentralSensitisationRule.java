package org.legible.insights.patterns;

import java.util.List;
import java.util.Optional;
import org.legible.insights.Comparison;

/**
 * Pain that follows load and poor sleep together: check-ins standing, walking or after activity at least
 * {@value #MIN_POINTS} point above those at rest, and days after shorter or poorer nights than usual at least as
 * much above the rest, each with its whole 90% interval above zero. Consistent with central sensitisation
 * (product.md); exercise is the one strong EULAR 2016 recommendation (clinical_reference §8), and sleep is the other
 * lever the diary shows.
 */
public final class CentralSensitisationRule implements PatternRule {

    public static final double MIN_POINTS = 1.0;

    @Override
    public Optional<Explanation> explain(PatternFacts facts) {
        Optional<Comparison> load = facts.onTheMove().filter(c -> c.higherBy(MIN_POINTS));
        Optional<Comparison> sleep = facts.afterShortOrPoorNights().filter(c -> c.higherBy(MIN_POINTS));
        if (load.isEmpty() || sleep.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Explanation(
                Mechanism.CENTRAL_SENSITISATION,
                List.of(
                        Evidence.of(
                                "pattern.central_sensitisation.evidence.load",
                                load.get().difference(),
                                load.get().daysWith(),
                                load.get().daysWithout()),
                        Evidence.of(
                                "pattern.central_sensitisation.evidence.sleep",
                                sleep.get().difference(),
                                sleep.get().daysWith(),
                                sleep.get().daysWithout()))));
    }
}
