package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Nerve-type feelings in the feet and ankles on most days. About half of people with fibromyalgia show small-fibre
 * pathology in studies (docs/clinical-basis.md, "Patterns"); a clinician can examine and, if needed, test for it.
 */
public final class SmallFibreRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.SMALL_FIBRE, signs.nerveFeelingsInFeet());
    }
}
