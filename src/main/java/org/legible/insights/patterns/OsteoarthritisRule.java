package org.legible.insights.patterns;

import java.util.Optional;

/**
 * NICE NG226 §1.1.1 (2022): osteoarthritis is diagnosed clinically at 45 or over with activity-related joint pain and
 * no morning stiffness or stiffness of 30 minutes at most. All three are needed, each answered outright; longer
 * stiffness points instead to the inflammatory-arthritis rule.
 */
public final class OsteoarthritisRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        return PatternRule.whenAll(
                Mechanism.OSTEOARTHRITIS,
                signs.fortyFiveOrOver(),
                signs.jointPainWithUse(),
                signs.littleOrNoMorningStiffness());
    }
}
