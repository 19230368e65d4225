package org.legible.insights.patterns;

import java.util.Optional;

/** One mechanism's rule: fires only when its facts are all present and strong enough; missing answers never fire. */
public interface PatternRule {

    Optional<Explanation> explain(PatternFacts facts);
}
