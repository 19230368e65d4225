package org.legible.insights.patterns;

import java.util.List;
import java.util.Optional;

/** Runs every mechanism's rule over one set of facts; the order is the page's: nerves, restless legs, sleep, feet, walking, joints, load. */
public final class Explanations {

    static final List<PatternRule> RULES = List.of(
            new SmallFibreRule(),
            new RestlessLegsRule(),
            new SleepRule(),
            new PlantarHeelRule(),
            new GaitRule(),
            new InflammatoryArthritisRule(),
            new OsteoarthritisRule(),
            new AutonomicRule(),
            new CentralSensitisationRule());

    private Explanations() {}

    /** The explanations a period of check-ins gives. */
    public static List<Explanation> of(PatternFacts facts) {
        return of(new DiarySigns(facts));
    }

    /** The explanations any input gives: the same rules for the diary and the check-up. */
    public static List<Explanation> of(Signs signs) {
        return RULES.stream()
                .map(rule -> rule.explain(signs))
                .flatMap(Optional::stream)
                .toList();
    }
}
