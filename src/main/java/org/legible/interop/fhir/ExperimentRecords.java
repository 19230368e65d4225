package org.legible.interop.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
record ExperimentRecords(FhirDefinitions definitions) {

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

    FhirElement verdicts() {
        FhirElement verdicts = FhirDefinitions.codeSystem(
                FhirCodes.EXPERIMENT_VERDICT_CODES, "LegibleExperimentVerdict", "Legible experiment verdicts");
        for (Verdict verdict : Verdict.values()) {
            FhirDefinitions.concept(verdicts, verdict.code, display(verdict));
        }
        return verdicts;
    }

    FhirElement observation(Experiment experiment, ExperimentOutcome outcome, LocalDate today, FhirElement subject) {
        String strategy = definitions.label("strategy." + experiment.strategy().code());
        FhirElement observation =
                base(experiment, today, subject, ObservationCode.PERSONAL_EXPERIMENT, strategy, Verdict.of(outcome));
        named(observation, ObservationCode.EXPERIMENT_STRATEGY, strategy);
        quantity(observation, ObservationCode.EXPERIMENT_PLANNED_DAYS, days(experiment.days()));
        ratio(observation, ObservationCode.EXPERIMENT_DAYS_STRATEGY_RECORDED, outcome.daysUsed(), outcome.daysSoFar());
        whole(observation, ObservationCode.BASELINE_DAYS_WITH_CHECK_IN, outcome.baselineDays());
        whole(observation, ObservationCode.EXPERIMENT_DAYS_WITH_CHECK_IN, outcome.trialDays());
        if (outcome.baselineMean() != null) {
            quantity(observation, ObservationCode.BASELINE_MEAN_PAIN, score(outcome.baselineMean()));
        }
        if (outcome.trialMean() != null) {
            quantity(observation, ObservationCode.EXPERIMENT_MEAN_PAIN, score(outcome.trialMean()));
        }
        outcome.change().ifPresent(change -> difference(observation, change));
        return observation.note(definitions.label("experiments.one.caveat"));
    }

    /**
     * One in randomised blocks: its days as the effective period, the verdict of its page as the value, and its design,
     * how closely each arm was followed, and the difference of A's days and B's with its interval and randomisation
     * test as components. Preliminary while it runs.
     */
    FhirElement observation(Experiment experiment, BlockOutcome outcome, LocalDate today, FhirElement subject) {
        Experiment.Blocks blocks = experiment.blocks();
        String strategy = definitions.label("strategy." + experiment.strategy().code());
        String name = definitions.experimentNames().name(experiment);
        FhirElement observation = base(
                experiment,
                today,
                subject,
                ObservationCode.BLOCK_EXPERIMENT,
                name,
                Verdict.valueOf(outcome.verdict().name()));
        named(observation, ObservationCode.EXPERIMENT_STRATEGY, strategy);
        if (blocks.against() != null) {
            named(
                    observation,
                    ObservationCode.EXPERIMENT_STRATEGY_B,
                    definitions.label("strategy." + blocks.against().code()));
        }
        if (blocks.wayA() != null) {
            words(observation, ObservationCode.EXPERIMENT_WAY_A, blocks.wayA());
        }
        if (blocks.wayB() != null) {
            words(observation, ObservationCode.EXPERIMENT_WAY_B, blocks.wayB());
        }
        quantity(observation, ObservationCode.EXPERIMENT_PLANNED_DAYS, days(experiment.days()));
        quantity(observation, ObservationCode.EXPERIMENT_BLOCK_DAYS, days(blocks.blockDays()));
        quantity(observation, ObservationCode.EXPERIMENT_WASHOUT_DAYS, days(blocks.washoutDays()));
        ratio(observation, ObservationCode.ARM_A_FOLLOWED, outcome.followedA(), outcome.daysRecordedA());
        ratio(observation, ObservationCode.ARM_B_FOLLOWED, outcome.followedB(), outcome.daysRecordedB());
        outcome.difference().ifPresent(difference -> {
            quantity(observation, ObservationCode.DIFFERENCE_A_MINUS_B, score(difference.difference()));
            interval(observation, difference.low(), difference.high());
        });
        if (outcome.randomisationP() != null) {
            quantity(
                    observation,
                    ObservationCode.RANDOMISATION_P,
                    FhirElement.ucum(
                            BigDecimal.valueOf(outcome.randomisationP()).setScale(4, RoundingMode.HALF_UP), "1", "1"));
        }
        return observation.note(definitions.label("experiments.blocks.caveat"));
    }

    /** What both kinds share: status, category, code and name, whose, its days, and the verdict as the value. */
    private FhirElement base(
            Experiment experiment,
            LocalDate today,
            FhirElement subject,
            ObservationCode code,
            String name,
            Verdict verdict) {
        return FhirElement.resource("Observation")
                .set("status", experiment.runningOn(today) ? "preliminary" : "final")
                .add("category", FhirElement.concept(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey"))
                .set("code", code.concept().set("text", "Personal experiment: " + name))
                .set("subject", subject)
                .set(
                        "effectivePeriod",
                        new FhirElement()
                                .set("start", experiment.startedOn().toString())
                                .set("end", experiment.lastDaySoFar(today).toString()))
                .add("performer", subject)
                .set(
                        "valueCodeableConcept",
                        FhirElement.concept(FhirCodes.EXPERIMENT_VERDICT_CODES, verdict.code, display(verdict)));
    }

    private static FhirElement days(int days) {
        return FhirElement.ucum(BigDecimal.valueOf(days), "days", "d");
    }

    /** How many days of how many, as a Ratio of two counts. */
    private static void ratio(FhirElement observation, ObservationCode code, int numerator, int denominator) {
        component(
                observation,
                code,
                "Ratio",
                new FhirElement()
                        .set("numerator", FhirElement.quantity(BigDecimal.valueOf(numerator), null))
                        .set("denominator", FhirElement.quantity(BigDecimal.valueOf(denominator), null)));
    }

    private static void quantity(FhirElement observation, ObservationCode code, FhirElement value) {
        component(observation, code, "Quantity", value);
    }

    /** A component whose value is only words, as a CodeableConcept's text (a strategy's name). */
    private static void named(FhirElement observation, ObservationCode code, String name) {
        component(observation, code, "CodeableConcept", FhirElement.conceptText(name));
    }

    private static void difference(FhirElement observation, Comparison change) {
        quantity(observation, ObservationCode.CHANGE_IN_MEAN_PAIN, score(change.difference()));
        interval(observation, change.low(), change.high());
    }

    private static void interval(FhirElement observation, double low, double high) {
        component(
                observation,
                ObservationCode.CHANGE_INTERVAL_90,
                "Range",
                new FhirElement().set("low", score(low)).set("high", score(high)));
    }

    /** A component of the type named ({@code Quantity}, {@code Ratio}, ...) with Legible's code. */
    private static void component(FhirElement observation, ObservationCode code, String type, FhirElement value) {
        observation.addNew("component").set("code", code.concept()).set("value" + type, value);
    }

    private static void whole(FhirElement observation, ObservationCode code, int value) {
        observation.addNew("component").set("code", code.concept()).set("valueInteger", value);
    }

    private static void words(FhirElement observation, ObservationCode code, String value) {
        observation.addNew("component").set("code", code.concept()).set("valueString", value);
    }

    /** Points on the 0–10 scale, to two decimals (a score has no unit to code, as for a clinic's score). */
    private static FhirElement score(double value) {
        return FhirElement.quantity(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), "score");
    }

    private String display(Verdict verdict) {
        return verdict == Verdict.TOO_FEW_DAYS
                ? definitions.label(verdict.key, Comparison.MIN_EACH)
                : definitions.label(verdict.key);
    }
}
