/**
 * Patterns explained (issue 3 §8): facts counted from a person's data, one small rule per mechanism, and the
 * explanation a rule gives when its pattern holds. The rules read only {@link org.legible.insights.patterns.PatternFacts},
 * so a different source of facts (a day-one check-up) can share them.
 */
@org.springframework.modulith.NamedInterface("patterns")
package org.legible.insights.patterns;
