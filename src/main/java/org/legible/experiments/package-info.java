/**
 * Personal experiments (issue 7, mission "act"): one strategy used every day for two to four weeks, then the daily
 * leg and foot pain of those days against the same number of days before, with how often the strategy was really
 * recorded. Started from the page or from a check-up's suggestion; the figures come from
 * {@link org.legible.insights.ExperimentOutcome}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "diary", "insights", "system::sql"})
package org.legible.experiments;
