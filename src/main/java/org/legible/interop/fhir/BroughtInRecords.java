package org.legible.interop.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.legible.assessments.OutsideScore;
import org.legible.diary.HealthMeasures;
import org.legible.interop.fhir.FhirDefinitions.ObservationCode;

/**
 * What reached the diary from elsewhere, as FHIR (docs/fhir.md): sleep and steps a phone or watch measured (LOINC
 * 93832-4 and 41950-7, each with the device it came from), ratings and medications from another tracker's diary,
 * and scores a clinic measured. None of it is the person's own report, so none of it is marked as a survey by them.
 */
final class BroughtInRecords {

    private final Bundle bundle;
    private final Reference subject;

    BroughtInRecords(Bundle bundle, Reference subject) {
        this.bundle = bundle;
        this.subject = subject;
    }

    /** A measured night; one with only time in bed has no time asleep to give and is left out. */
    void night(HealthMeasures.Night night) {
        if (night.asleepMinutes() == null) {
            return;
        }
        Observation sleep = measured(night.day(), night.source(), "activity", "Activity");
        sleep.setCode(FhirExport.concept(FhirCodes.LOINC, FhirCodes.LOINC_SLEEP_DURATION, "Sleep duration"));
        sleep.setValue(new Quantity()
                .setValue(night.asleepMinutes().divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP))
                .setUnit("h")
                .setSystem(FhirCodes.UCUM)
                .setCode("h"));
        FhirExport.add(
                bundle,
                sleep,
                FhirExport.uuid(subject.getReference(), "night", night.day().toString()));
    }

    void steps(HealthMeasures.StepDay day) {
        Observation steps = measured(day.day(), day.source(), "activity", "Activity");
        steps.setCode(FhirExport.concept(
                FhirCodes.LOINC, FhirCodes.LOINC_STEPS_PER_DAY, "Number of steps in 24 hour Measured"));
        steps.setValue(new Quantity()
                .setValue(day.steps())
                .setUnit("steps/day")
                .setSystem(FhirCodes.UCUM)
                .setCode("1/(24.h)"));
        FhirExport.add(
                bundle,
                steps,
                FhirExport.uuid(subject.getReference(), "steps", day.day().toString()));
    }

    /** Another tracker's rating on its own scale, or a medication it recorded; its strategies and tags are not. */
    void entry(HealthMeasures.TrackerEntry entry, String source) {
        String id = FhirExport.uuid(
                subject.getReference(),
                "entry",
                entry.day().toString(),
                entry.kind().code(),
                entry.name());
        switch (entry.kind()) {
            case RATING -> {
                Observation rating = reported(entry.day(), "survey", "Survey");
                rating.addPerformer(subject.copy());
                rating.setCode(new CodeableConcept(ObservationCode.TRACKED_RATING.coding()).setText(entry.name()));
                rating.setValue(new IntegerType(entry.rating()));
                rating.addComponent()
                        .setCode(new CodeableConcept(ObservationCode.SCALE_MAXIMUM.coding()))
                        .setValue(new IntegerType(entry.scaleMax()));
                rating.addNote().setText("Brought in from " + source);
                FhirExport.add(bundle, rating, id);
            }
            case MEDICATION -> {
                MedicationStatement statement = new MedicationStatement();
                statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
                statement.setMedication(new CodeableConcept().setText(entry.name()));
                statement.setSubject(subject.copy());
                statement.setEffective(new DateTimeType(entry.day().toString()));
                if (entry.detail() != null) {
                    statement.addDosage().setText(entry.detail());
                }
                statement.addNote().setText("Brought in from " + source);
                FhirExport.add(bundle, statement, id);
            }
            default -> {
                // Strategies and tags have no agreed coding, as for check-ins; the JSON and CSV exports hold them.
            }
        }
    }

    /** A score measured at a clinic: the FIQR total, or another instrument by its name; only the number. */
    void clinicScore(OutsideScore score, int n) {
        Observation observation = reported(score.measuredOn(), "survey", "Survey");
        CodeableConcept code = new CodeableConcept(
                score.kind() == OutsideScore.Kind.FIQR
                        ? ObservationCode.FIQR_TOTAL.coding()
                        : ObservationCode.CLINIC_SCORE.coding());
        observation.setCode(code.setText(score.kind() == OutsideScore.Kind.FIQR ? "FIQR total" : score.name()));
        observation.setValue(new Quantity().setValue(score.score()).setUnit("score"));
        observation.addNote().setText("Measured at a clinic; recorded in Legible by the person");
        FhirExport.add(
                bundle,
                observation,
                FhirExport.uuid(
                        subject.getReference(),
                        "clinic-score",
                        score.measuredOn().toString(),
                        Integer.toString(n)));
    }

    /** Measured by the person's own device: the device named, the person as the one who recorded it. */
    private Observation measured(LocalDate day, String source, String category, String display) {
        Observation observation = reported(day, category, display);
        observation.addPerformer(subject.copy());
        observation.setDevice(new Reference().setDisplay(source));
        observation.setMethod(new CodeableConcept(ObservationCode.DEVICE_MEASURED.coding()));
        return observation;
    }

    private Observation reported(LocalDate day, String category, String display) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, category, display)));
        observation.setSubject(subject.copy());
        observation.setEffective(new DateTimeType(day.toString()));
        return observation;
    }
}
