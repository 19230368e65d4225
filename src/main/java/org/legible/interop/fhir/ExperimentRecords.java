package org.legible.interop.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockOutcome;
import org.legible.insights.Comparison;
import org.legible.insights.ExperimentOutcome;
import org.legible.interop.fhir.FhirDefinitions.ObservationCode;
import org.springframework.stereotype.Component;

/**
 * A personal experiment as FHIR (docs/fhir.md). R4 has no resource for one person's trial of a strategy, so each is
 * an Observation in Legible's own codes: its days as the effective period, the verdict the experiment's page gives as
 * the value, and the numbers behind it as components (daily mean pain before and during, the difference with its 90%
 * interval, the days the strategy was recorded). Preliminary while it runs.
 */
@Component
class ExperimentRecords {

    /** The verdicts of the experiment's page, in its words. */
    enum Verdict {
        LOWER("lower", "experiments.one.lower"),
        HIGHER("higher", "experiments.one.higher"),
        NO_CLEAR_DIFFERENCE("no-clear-difference", "experiments.one.unclear"),
        TOO_FEW_DAYS("too-few-days", "experiments.one.notEnough");

        final String code;
        final String key;

        Verdict(String code, String key) {
            this.code = code;
            this.key = key;
        }

        static Verdict of(ExperimentOutcome outcome) {
            return outcome.change()
                    .map(c -> c.clearlyLower() ? LOWER : c.clearlyHigher() ? HIGHER : NO_CLEAR_DIFFERENCE)
                    .orElse(TOO_FEW_DAYS);
        }
    }

    private final FhirDefinitions definitions;

    ExperimentRecords(FhirDefinitions definitions) {
        this.definitions = definitions;
    }

    CodeSystem verdicts() {
        CodeSystem verdicts = FhirDefinitions.codeSystem(
                FhirCodes.EXPERIMENT_VERDICT_CODES, "LegibleExperimentVerdict", "Legible experiment verdicts");
        for (Verdict verdict : Verdict.values()) {
            verdicts.addConcept().setCode(verdict.code).setDisplay(display(verdict));
        }
        return verdicts;
    }

    Observation observation(Experiment experiment, ExperimentOutcome outcome, LocalDate today, Reference subject) {
        String strategy = definitions.label("strategy." + experiment.strategy().code());
        Observation observation =
                base(experiment, today, subject, ObservationCode.PERSONAL_EXPERIMENT, strategy, Verdict.of(outcome));
        component(observation, ObservationCode.EXPERIMENT_STRATEGY, new CodeableConcept().setText(strategy));
        component(observation, ObservationCode.EXPERIMENT_PLANNED_DAYS, days(experiment.days()));
        component(
                observation,
                ObservationCode.EXPERIMENT_DAYS_STRATEGY_RECORDED,
                ratio(outcome.daysUsed(), outcome.daysSoFar()));
        component(observation, ObservationCode.BASELINE_DAYS_WITH_CHECK_IN, new IntegerType(outcome.baselineDays()));
        component(observation, ObservationCode.EXPERIMENT_DAYS_WITH_CHECK_IN, new IntegerType(outcome.trialDays()));
        if (outcome.baselineMean() != null) {
            component(observation, ObservationCode.BASELINE_MEAN_PAIN, score(outcome.baselineMean()));
        }
        if (outcome.trialMean() != null) {
            component(observation, ObservationCode.EXPERIMENT_MEAN_PAIN, score(outcome.trialMean()));
        }
        outcome.change().ifPresent(change -> difference(observation, change));
        observation.addNote().setText(definitions.label("experiments.one.caveat"));
        return observation;
    }

    /**
     * One in randomised blocks: its days as the effective period, the verdict of its page as the value, and its design,
     * how closely each arm was followed, and the difference of A's days and B's with its interval and randomisation
     * test as components. Preliminary while it runs.
     */
    Observation observation(Experiment experiment, BlockOutcome outcome, LocalDate today, Reference subject) {
        Experiment.Blocks blocks = experiment.blocks();
        String strategy = definitions.label("strategy." + experiment.strategy().code());
        String name = definitions.experimentNames().name(experiment);
        Observation observation = base(
                experiment,
                today,
                subject,
                ObservationCode.BLOCK_EXPERIMENT,
                name,
                Verdict.valueOf(outcome.verdict().name()));
        component(observation, ObservationCode.EXPERIMENT_STRATEGY, new CodeableConcept().setText(strategy));
        if (blocks.against() != null) {
            component(
                    observation,
                    ObservationCode.EXPERIMENT_STRATEGY_B,
                    new CodeableConcept()
                            .setText(definitions.label(
                                    "strategy." + blocks.against().code())));
        }
        if (blocks.wayA() != null) {
            component(observation, ObservationCode.EXPERIMENT_WAY_A, new StringType(blocks.wayA()));
        }
        if (blocks.wayB() != null) {
            component(observation, ObservationCode.EXPERIMENT_WAY_B, new StringType(blocks.wayB()));
        }
        component(observation, ObservationCode.EXPERIMENT_PLANNED_DAYS, days(experiment.days()));
        component(observation, ObservationCode.EXPERIMENT_BLOCK_DAYS, days(blocks.blockDays()));
        component(observation, ObservationCode.EXPERIMENT_WASHOUT_DAYS, days(blocks.washoutDays()));
        component(observation, ObservationCode.ARM_A_FOLLOWED, ratio(outcome.followedA(), outcome.daysRecordedA()));
        component(observation, ObservationCode.ARM_B_FOLLOWED, ratio(outcome.followedB(), outcome.daysRecordedB()));
        outcome.difference().ifPresent(difference -> {
            component(observation, ObservationCode.DIFFERENCE_A_MINUS_B, score(difference.difference()));
            component(
                    observation,
                    ObservationCode.CHANGE_INTERVAL_90,
                    new Range().setLow(score(difference.low())).setHigh(score(difference.high())));
        });
        if (outcome.randomisationP() != null) {
            component(
                    observation,
                    ObservationCode.RANDOMISATION_P,
                    new Quantity()
                            .setValue(
                                    BigDecimal.valueOf(outcome.randomisationP()).setScale(4, RoundingMode.HALF_UP))
                            .setUnit("1")
                            .setSystem(FhirCodes.UCUM)
                            .setCode("1"));
        }
        observation.addNote().setText(definitions.label("experiments.blocks.caveat"));
        return observation;
    }

    /** What both kinds share: status, category, code and name, whose, its days, and the verdict as the value. */
    private Observation base(
            Experiment experiment,
            LocalDate today,
            Reference subject,
            ObservationCode code,
            String name,
            Verdict verdict) {
        Observation observation = new Observation();
        observation.setStatus(
                experiment.runningOn(today)
                        ? Observation.ObservationStatus.PRELIMINARY
                        : Observation.ObservationStatus.FINAL);
        observation.addCategory(FhirExport.concept(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(new CodeableConcept(code.coding()).setText("Personal experiment: " + name));
        observation.setSubject(subject.copy());
        observation.addPerformer(subject.copy());
        observation.setEffective(new Period()
                .setStartElement(new DateTimeType(experiment.startedOn().toString()))
                .setEndElement(new DateTimeType(experiment.lastDaySoFar(today).toString())));
        observation.setValue(
                new CodeableConcept(new Coding(FhirCodes.EXPERIMENT_VERDICT_CODES, verdict.code, display(verdict))));
        return observation;
    }

    private static Quantity days(int days) {
        return new Quantity()
                .setValue(days)
                .setUnit("days")
                .setSystem(FhirCodes.UCUM)
                .setCode("d");
    }

    private static Ratio ratio(int numerator, int denominator) {
        return new Ratio()
                .setNumerator(new Quantity().setValue(numerator))
                .setDenominator(new Quantity().setValue(denominator));
    }

    private static void difference(Observation observation, Comparison change) {
        component(observation, ObservationCode.CHANGE_IN_MEAN_PAIN, score(change.difference()));
        component(
                observation,
                ObservationCode.CHANGE_INTERVAL_90,
                new Range().setLow(score(change.low())).setHigh(score(change.high())));
    }

    private static void component(Observation observation, ObservationCode code, Type value) {
        observation.addComponent().setCode(new CodeableConcept(code.coding())).setValue(value);
    }

    /** Points on the 0–10 scale, to two decimals (a score has no unit to code, as for a clinic's score). */
    private static Quantity score(double value) {
        return new Quantity()
                .setValue(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP))
                .setUnit("score");
    }

    private String display(Verdict verdict) {
        return verdict == Verdict.TOO_FEW_DAYS
                ? definitions.label(verdict.key, Comparison.MIN_EACH)
                : definitions.label(verdict.key);
    }
}
