/**
 * Personal experiments (issues 7 and 28, mission "act"): a strategy on and off, or two strategies against each other,
 * in pairs of blocks whose order is drawn at random when it starts and shown only as each block begins; or, the first
 * kind, one strategy every day for two to four weeks against as many days before. Started from the page or from a
 * check-up's suggestion; the figures come from {@link org.legible.insights.BlockOutcome} and
 * {@link org.legible.insights.ExperimentOutcome}, and the clinician report shows those its period covers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "diary", "insights", "system::sql"})
package org.legible.experiments;
