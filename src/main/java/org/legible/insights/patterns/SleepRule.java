package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Nights often broken by leg pain, cramps or the urge to move: the loop of poor sleep and next-day pain (product.md).
 * Waking unrefreshed is one of the core symptoms the ACR 2016 criteria score (docs/clinical-basis.md, "Patterns").
 */
public final class SleepRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.SLEEP, signs.brokenNights());
    }
}
