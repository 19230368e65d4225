package org.legible.insights.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stiffness in morning check-ins on at least {@value #MIN_STIFF_DAYS} days together with swelling: "feels swollen"
 * on at least {@value #MIN_SWOLLEN_DAYS} days, or the red flag of a hot, swollen joint. Long morning stiffness with
 * swollen joints should be checked for inflammatory arthritis (clinical_reference §6.8: ACR 1987 ≥ 1 hour; NICE
 * NG100 for referral). A check-in cannot tell how long stiffness lasts or whether a joint looks swollen, so the
 * explanation asks the person to judge both.
 */
public final class InflammatoryArthritisRule implements PatternRule {

    public static final int MIN_STIFF_DAYS = 5;
    public static final int MIN_SWOLLEN_DAYS = 3;

    @Override
    public Optional<Explanation> explain(PatternFacts facts) {
        boolean swollen = facts.swollenFeelingDays() >= MIN_SWOLLEN_DAYS;
        if (facts.morningStiffnessDays() < MIN_STIFF_DAYS || !(swollen || facts.hotSwollenJointReported())) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.stiff", facts.morningStiffnessDays()));
        if (swollen) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.swollen", facts.swollenFeelingDays()));
        }
        if (facts.hotSwollenJointReported()) {
            evidence.add(Evidence.of("pattern.inflammatory_arthritis.evidence.hotJoint"));
        }
        return Optional.of(new Explanation(Mechanism.INFLAMMATORY_ARTHRITIS, evidence));
    }
}
