/**
 * Patterns explained (issue 3 §8): facts counted from a person's data, one small rule per mechanism, and the
 * explanation a rule gives when its pattern holds. The rules read only {@link org.legible.insights.patterns.Signs}, which
 * the diary answers by counting days ({@link org.legible.insights.patterns.DiarySigns}) and the day-one check-up by
 * asking, so both share one rule set.
 */
@org.springframework.modulith.NamedInterface("patterns")
package org.legible.insights.patterns;
