package org.legible.insights.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inflammatory arthritis must not be missed (docs/clinical-basis.md, "Inflammatory arthritis"). NICE NG100 asks for
 * an urgent referral when swollen joints are in the feet or more than one joint is swollen, whatever the blood tests;
 * those fire the rule on their own, with morning stiffness added as support when present. Otherwise morning stiffness
 * together with swelling fires it, since long stiffness (an hour or more, ACR 1987) supports but never decides it.
 */
public final class InflammatoryArthritisRule implements PatternRule {

    @Override
    public Optional<Explanation> explain(Signs signs) {
        List<Evidence> referral = signs.swollenJointsForUrgentReferral();
        if (!referral.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(referral);
            evidence.addAll(signs.morningStiffness());
            return Optional.of(new Explanation(Mechanism.INFLAMMATORY_ARTHRITIS, evidence));
        }
        return PatternRule.whenAll(Mechanism.INFLAMMATORY_ARTHRITIS, signs.morningStiffness(), signs.swelling());
    }
}
