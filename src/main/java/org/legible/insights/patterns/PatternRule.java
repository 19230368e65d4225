package org.legible.insights.patterns;

import java.util.Optional;

/** One mechanism's rule: fires only when its signs are all present; a missing answer is an absent sign. */
public interface PatternRule {

    Optional<Explanation> explain(Signs signs);

    /** The explanation when every sign is present, its evidence in the order given; otherwise none. */
    @SafeVarargs
    static Optional<Explanation> whenAll(Mechanism mechanism, java.util.List<Evidence>... signs) {
        java.util.List<Evidence> evidence = new java.util.ArrayList<>();
        for (java.util.List<Evidence> sign : signs) {
            if (sign.isEmpty()) {
                return Optional.empty();
            }
            evidence.addAll(sign);
        }
        return Optional.of(new Explanation(mechanism, evidence));
    }
}
