package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Morning stiffness together with swelling should be checked for inflammatory arthritis (clinical_reference §6.8:
 * ACR 1987 morning stiffness of an hour or more; NICE NG100 for referral). Both signs are needed.
 */
public final class InflammatoryArthritisRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.INFLAMMATORY_ARTHRITIS, signs.morningStiffness(), signs.swelling());
    }
}
