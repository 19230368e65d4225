package org.legible.insights.patterns;

import java.util.List;
import java.util.Optional;

/** Runs every mechanism's rule over one set of facts; the order is the page's: nerves, sleep and legs, feet, joints, load. */
public final class Explanations {

    static final List<PatternRule> RULES = List.of(
            new SmallFibreRule(),
            new RestlessLegsRule(),
            new PlantarHeelRule(),
            new InflammatoryArthritisRule(),
            new CentralSensitisationRule());

    private Explanations() {}

    public static List<Explanation> of(PatternFacts facts) {
        return RULES.stream()
                .map(rule -> rule.explain(facts))
                .flatMap(Optional::stream)
                .toList();
    }
}
