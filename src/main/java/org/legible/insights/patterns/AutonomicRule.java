package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Feet or legs that often feel cold or change colour, with heavy legs: autonomic and circulation changes
 * (product.md). Autonomic small-fibre impairment is found in about 45% of people with fibromyalgia (Galosi 2022), but
 * the review does not link it to cold or heavy legs, so this is a weak pattern and says so (docs/clinical-basis.md,
 * "Patterns"). Only the check-up asks about skin colour and coldness.
 */
public final class AutonomicRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.AUTONOMIC, signs.coldOrColourChanges(), signs.heavyLegs());
    }
}
