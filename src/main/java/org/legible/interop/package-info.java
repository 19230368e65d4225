/**
 * Moving a person's data out of (and later into) Legible in standard shapes: so far the full JSON export, one
 * versioned document with every check-in and its correction history, assessments with their answers as given, clinic
 * scores, check-ups and preferences (docs/export-format.md). A leaf: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "assessments",
            "bodymap",
            "checkup",
            "diary",
            "experiments",
            "insights::patterns",
            "reminders",
            "sharing",
            "system::limits"
        })
package org.legible.interop;
