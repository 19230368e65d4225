package org.legible.interop.api;

import java.util.List;
import org.legible.interop.json.ExportDocument;

/**
 * What a caller sends to record or correct a check-in: the {@code details} object of the export format
 * (docs/export-format.md), with the two required numbers boxed so a missing one is reported, not read as 0.
 */
record CheckInBody(
        String diaryDay,
        Integer overallPain,
        String timeOfDay,
        List<String> contexts,
        List<Site> sites,
        ExportDocument.Sleep sleep,
        Integer fatigue,
        ExportDocument.RestlessLegs restlessLegs,
        List<ExportDocument.Strategy> strategies,
        List<ExportDocument.Medication> medications,
        List<ExportDocument.Trigger> triggers,
        String note,
        List<String> redFlags) {

    record Site(String site, Integer intensity, List<String> descriptors) {}
}
