package org.legible.insights.patterns;

import java.util.Optional;

/**
 * An urge to move the legs that is worse at rest, eased by moving and worse in the evening or night: the first four
 * IRLSSG 2014 criteria (docs/clinical-basis.md, "Patterns"). The fifth, ruling out mimics such as myalgia or cramps, needs a
 * clinician, so this is a reason to ask, never a finding.
 */
public final class RestlessLegsRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.RESTLESS_LEGS, signs.restlessLegsFeatures());
    }
}
