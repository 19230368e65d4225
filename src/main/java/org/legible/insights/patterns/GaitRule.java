package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Walking differently because of pain, with pain that follows standing or walking: the gait mechanism of product.md
 * ("walking differently because of pain puts extra load on the feet"). People with fibromyalgia walk more slowly,
 * with shorter strides and a lower cadence (Carrasco-Vega E et al. PeerJ 2022;10:e12908, 36 studies). Both signs
 * are needed; only the check-up asks the first.
 */
public final class GaitRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(Mechanism.GAIT, signs.walksDifferently(), signs.worseWithLoad());
    }
}
