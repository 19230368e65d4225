/**
 * The one-page clinician report: a period's pain and sleep over time with medications on the same axis, the leg
 * and foot heat map beside the previous period's, the words used, restless-legs nights, screening scores, what seems
 * to help, the latest day-one check-up, the personal experiments whose days it covers and the person's own note. One
 * Thymeleaf fragment renders the page and the PDF (openhtmltopdf, embedded DejaVu Sans, SVG charts). Only sharing
 * depends on it, to show a shared report.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "assessments",
            "bodymap",
            "checkup",
            "diary",
            "experiments",
            "insights",
            "insights::charts",
            "insights::patterns"
        })
package org.legible.reports;
