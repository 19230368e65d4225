package org.legible.interop.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.legible.assessments.OutsideScore;
import org.legible.diary.HealthMeasures;
import org.legible.interop.fhir.FhirDefinitions.ObservationCode;

/**
 * What reached the diary from elsewhere, as FHIR (docs/fhir.md): sleep and steps a phone or watch measured (LOINC
 * 93832-4 and 41950-7, each with the device it came from), ratings and medications from another tracker's diary,
 * and scores a clinic measured. None of it is the person's own report, so none of it is marked as a survey by them.
 */
record BroughtInRecords(FhirBundle bundle, FhirElement subject) {

    /** A measured night; one with only time in bed has no time asleep to give and is left out. */
    void night(HealthMeasures.Night night) {
        if (night.asleepMinutes() == null) {
            return;
        }
        FhirElement sleep = measured(night.day(), night.source())
                .set("code", FhirElement.concept(FhirCodes.LOINC, FhirCodes.LOINC_SLEEP_DURATION, "Sleep duration"))
                .set(
                        "valueQuantity",
                        FhirElement.ucum(
                                night.asleepMinutes().divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                                "h",
                                "h"));
        bundle.add(sleep, FhirBundle.uuid(person(), "night", night.day().toString()));
    }

    void steps(HealthMeasures.StepDay day) {
        FhirElement steps = measured(day.day(), day.source())
                .set(
                        "code",
                        FhirElement.concept(
                                FhirCodes.LOINC, FhirCodes.LOINC_STEPS_PER_DAY, "Number of steps in 24 hour Measured"))
                .set("valueQuantity", FhirElement.ucum(BigDecimal.valueOf(day.steps()), "steps/day", "1/(24.h)"));
        bundle.add(steps, FhirBundle.uuid(person(), "steps", day.day().toString()));
    }

    /** Another tracker's rating on its own scale, or a medication it recorded; its strategies and tags are not. */
    void entry(HealthMeasures.TrackerEntry entry, String source) {
        String id = FhirBundle.uuid(
                person(), "entry", entry.day().toString(), entry.kind().code(), entry.name());
        switch (entry.kind()) {
            case RATING -> {
                FhirElement rating = reported(entry.day(), "survey", "Survey")
                        .add("performer", subject)
                        .set("code", ObservationCode.TRACKED_RATING.concept().set("text", entry.name()))
                        .set("valueInteger", entry.rating())
                        .note("Brought in from " + source);
                rating.addNew("component")
                        .set("code", ObservationCode.SCALE_MAXIMUM.concept())
                        .set("valueInteger", entry.scaleMax());
                bundle.add(rating, id);
            }
            case MEDICATION -> {
                FhirElement statement = FhirElement.resource("MedicationStatement")
                        .set("status", "active")
                        .set("medicationCodeableConcept", FhirElement.conceptText(entry.name()))
                        .set("subject", subject)
                        .set("effectiveDateTime", entry.day().toString());
                if (entry.detail() != null) {
                    statement.addNew("dosage").set("text", entry.detail());
                }
                bundle.add(statement.note("Brought in from " + source), id);
            }
            default -> {
                // Strategies and tags have no agreed coding, as for check-ins; the JSON and CSV exports hold them.
            }
        }
    }

    /** A score measured at a clinic: the FIQR total, or another instrument by its name; only the number. */
    void clinicScore(OutsideScore score, int n) {
        boolean fiqr = score.kind() == OutsideScore.Kind.FIQR;
        FhirElement observation = reported(score.measuredOn(), "survey", "Survey")
                .set(
                        "code",
                        (fiqr ? ObservationCode.FIQR_TOTAL : ObservationCode.CLINIC_SCORE)
                                .concept()
                                .set("text", fiqr ? "FIQR total" : score.name()))
                .set("valueQuantity", FhirElement.quantity(score.score(), "score"))
                .note("Measured at a clinic; recorded in Legible by the person");
        bundle.add(
                observation,
                FhirBundle.uuid(person(), "clinic-score", score.measuredOn().toString(), Integer.toString(n)));
    }

    /** Measured by the person's own device: the device named, the person as the one who recorded it. */
    private FhirElement measured(LocalDate day, String source) {
        return reported(day, "activity", "Activity")
                .add("performer", subject)
                .set("device", new FhirElement().set("display", source))
                .set("method", ObservationCode.DEVICE_MEASURED.concept());
    }

    /** The patient's reference, which each record's id is made from. */
    private String person() {
        return subject.text("reference");
    }

    private FhirElement reported(LocalDate day, String category, String display) {
        return FhirElement.resource("Observation")
                .set("status", "final")
                .add("category", FhirElement.concept(FhirCodes.OBSERVATION_CATEGORY, category, display))
                .set("subject", subject)
                .set("effectiveDateTime", day.toString());
    }
}
