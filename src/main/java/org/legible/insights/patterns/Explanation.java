package org.legible.insights.patterns;

import java.util.List;

/**
 * A pattern that holds in the person's data, the mechanism it may point to and the facts behind it. The words (what
 * it may mean, what a clinician could check, the source) are the mechanism's; they never say "you have".
 */
public record Explanation(Mechanism mechanism, List<Evidence> evidence) {

    public Explanation {
        evidence = List.copyOf(evidence);
    }
}
