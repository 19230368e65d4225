/**
 * Moving a person's data out of and into Legible in standard shapes: the full JSON export and its import, one
 * versioned document with every check-in and its correction history, assessments with their answers as given, clinic
 * scores, check-ups, experiments and preferences (docs/export-format.md); the CSV export; the FHIR R4 Bundle
 * (docs/fhir.md), whose experiments carry how they went ({@code insights}' outcome). Only the API module depends on
 * it, through the named interfaces {@code json} and {@code fhir}.
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
            "insights::patterns",
            "reminders",
            "sharing"
        })
package org.legible.interop;
