package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Heel pain with the first steps of the morning: typical of plantar fasciitis (docs/clinical-basis.md, "Patterns"), an
 * overlapping condition with its own treatment.
 */
public final class PlantarHeelRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.PLANTAR_HEEL, signs.firstStepHeelPain());
    }
}
