/**
 * Reading a person's check-ins back to them: day-by-day summaries, where and how it hurt over a period, which words
 * they used, medications and their dose changes, restless-legs nights and what seems to help (with the days behind
 * each figure and an interval that allows for days running together, docs/statistics.md), the whole diary by month
 * and year, and the analysis of personal experiments (before and after; randomised blocks). Plain Java with no web
 * code, so pages and the clinician report share it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "bodymap", "diary"})
package org.legible.insights;
