/**
 * The pictures of a period (issue 33: a named interface of its own, since the report and the clinician share draw them
 * too): the trend chart of pain, sleep and medications day by day, week by week or month by month, and the leg and
 * foot heat map, as SVG geometry the templates draw. No figures are made here; they come from
 * {@link org.legible.insights.PeriodInsights} and {@link org.legible.insights.YearsOverview}.
 */
@org.springframework.modulith.NamedInterface("charts")
package org.legible.insights.charts;
