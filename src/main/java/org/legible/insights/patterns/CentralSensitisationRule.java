package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Pain that follows load and poor sleep together is consistent with central sensitisation (product.md); exercise
 * built up slowly is the one strong EULAR 2016 recommendation (docs/clinical-basis.md, "Strategies"), and sleep is the other lever.
 */
public final class CentralSensitisationRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.CENTRAL_SENSITISATION, signs.worseWithLoad(), signs.worseAfterPoorSleep());
    }
}
