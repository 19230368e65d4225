package org.legible.insights.patterns;

import java.util.List;
import java.util.Optional;

/**
 * An urge to move the legs that was worse at rest, eased by moving and worse in the evening or night, on at least
 * {@value #MIN_DAYS} days: the first four IRLSSG 2014 criteria (clinical_reference §4.1). The fifth, ruling out
 * mimics such as myalgia or cramps, needs a clinician, so this is a reason to ask, never a finding.
 */
public final class RestlessLegsRule implements PatternRule {

    public static final int MIN_DAYS = 3;

    @Override
    public Optional<Explanation> explain(PatternFacts facts) {
        if (facts.restlessCriteriaDays() < MIN_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Explanation(
                Mechanism.RESTLESS_LEGS,
                List.of(Evidence.of("pattern.restless_legs.evidence", facts.restlessCriteriaDays()))));
    }
}
