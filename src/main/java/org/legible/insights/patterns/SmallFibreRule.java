package org.legible.insights.patterns;

import java.util.Optional;

/**
 * Burning, tingling, numbness, electric, crawling or cold words for the feet and ankles on at least half the days
 * with a check-in, and on at least {@value #MIN_DAYS} days. About half of people with fibromyalgia show small-fibre
 * pathology in studies (clinical_reference §5.3). "Most days" and the floor of days are Legible's choices, stated on
 * the page.
 */
public final class SmallFibreRule implements PatternRule {

    public static final int MIN_DAYS = 7;

    @Override
    public Optional<Explanation> explain(PatternFacts facts) {
        if (facts.feetNeuropathicDays() < MIN_DAYS || facts.feetNeuropathicDays() * 2 < facts.daysObserved()) {
            return Optional.empty();
        }
        return Optional.of(new Explanation(
                Mechanism.SMALL_FIBRE,
                java.util.List.of(Evidence.of(
                        "pattern.small_fibre.evidence", facts.feetNeuropathicDays(), facts.daysObserved()))));
    }
}
