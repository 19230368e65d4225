/**
 * The day-one check-up (issue 7): one careful description of a person's leg and foot pain, saved part-way and
 * resumed, turned into an explanation from the same pattern rules the insights apply to check-ins
 * ({@link org.legible.insights.patterns.Signs}), red flags first, strategies worth trying with their strength of
 * evidence, and questions for a clinician. Questions are data ({@link org.legible.checkup.Question}); answers are
 * stored one row per value with the rule version of the result, so a later check-up can show what changed.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "bodymap", "diary", "insights::patterns", "system::sql"})
package org.legible.checkup;
