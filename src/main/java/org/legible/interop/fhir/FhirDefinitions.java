package org.legible.interop.fhir;

import java.util.List;
import java.util.Locale;
import org.legible.assessments.Instrument;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary;
import org.legible.experiments.ExperimentNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Legible's own FHIR definitions: the code systems for what no standard code covers, and one Questionnaire per
 * screen, drawn from the same questionnaire files as the pages (docs/decisions/0005) in Legible's own words.
 */
@Component
record FhirDefinitions(MessageSource messages) {

    /** Observation codes Legible defines, with their displays. */
    enum ObservationCode {
        SLEEP_QUALITY("sleep-quality", "Sleep quality last night, 0-10 (0 = very badly, 10 = very well)"),
        WOKEN_BY("woken-by", "Woken in the night by"),
        FATIGUE("fatigue", "Fatigue, 0-10 (0 = none, 10 = exhausted)"),
        MOOD("mood", "Mood, 0-10 (0 = very low, 10 = very good)"),
        STRESS("stress", "Stress, 0-10 (0 = none, 10 = the most there could be)"),
        PAIN_INTERFERENCE(
                "pain-interference",
                "How much leg and foot pain got in the way of the day, 0-10 (0 = not at all, 10 = completely), in"
                        + " Legible's own words: not a BPI or PROMIS item or score"),
        MORNING_STIFFNESS(
                "morning-stiffness",
                "How long stiffness in the legs or feet lasted after getting up, in minutes, until it eased as much as"
                        + " it was going to"),
        RESTLESS_LEGS_URGE("restless-legs-urge", "Urge to move the legs, 0-10 (0 = none, 10 = overwhelming)"),
        WORSE_AT_REST("restless-legs-worse-at-rest", "The urge is worse at rest"),
        RELIEF_BY_MOVEMENT("restless-legs-relief-by-movement", "Moving relieves the urge"),
        WORSE_EVENING_OR_NIGHT("restless-legs-worse-evening-or-night", "The urge is worse in the evening or at night"),
        PAIN_DESCRIPTOR("pain-descriptor", "What the pain feels like"),
        OVERALL_LEG_FOOT_PAIN("overall-leg-foot-pain", "Overall leg and foot pain, 0-10 (0 = none, 10 = the worst)"),
        RED_FLAG("red-flag", "New symptom that needs prompt medical attention (not fibromyalgia)"),
        DEVICE_MEASURED("device-measured", "Measured by a phone, watch or fitness tracker, brought in from its export"),
        OWN_ITEM("own-item", "Something the person chose to track beside the pain; its name is the text"),
        TRACKED_RATING("tracked-rating", "A rating of an item the person tracked in another app, on that app's scale"),
        SCALE_MAXIMUM("scale-maximum", "The top of the rating's scale (its bottom is 0)"),
        FIQR_TOTAL("fiqr-total", "FIQR total score, 0-100, measured at a clinic (only the number is kept)"),
        CLINIC_SCORE("clinic-score", "A questionnaire score measured at a clinic, named in the text (only the number)"),
        PERSONAL_EXPERIMENT(
                "personal-experiment",
                "A personal experiment: one strategy every day for 2 to 4 weeks, daily mean leg and foot pain against the"
                        + " same number of days just before it (one person's before and after: a change, not its cause)"),
        EXPERIMENT_STRATEGY("experiment-strategy", "The strategy the experiment tried"),
        EXPERIMENT_PLANNED_DAYS("experiment-planned-days", "How many days the experiment was planned for"),
        EXPERIMENT_DAYS_STRATEGY_RECORDED(
                "experiment-days-strategy-recorded",
                "Days a check-in recorded the strategy, of the experiment's days so far"),
        BASELINE_DAYS_WITH_CHECK_IN("baseline-days-with-check-in", "Days with a check-in just before the experiment"),
        EXPERIMENT_DAYS_WITH_CHECK_IN("experiment-days-with-check-in", "Days with a check-in during the experiment"),
        BASELINE_MEAN_PAIN(
                "baseline-mean-pain", "Daily mean leg and foot pain, 0-10, on the days just before the experiment"),
        EXPERIMENT_MEAN_PAIN("experiment-mean-pain", "Daily mean leg and foot pain, 0-10, on the experiment's days"),
        CHANGE_IN_MEAN_PAIN(
                "change-in-mean-pain",
                "The experiment's daily mean pain minus the days before it (below 0: less pain during it)"),
        CHANGE_INTERVAL_90(
                "change-interval-90",
                "90% interval of that difference, for days that run together (one including 0 is no clear change)"),
        BLOCK_EXPERIMENT(
                "personal-experiment-blocks",
                "A personal experiment in randomised blocks: pairs of blocks of days with a strategy (A) and without it"
                        + " or with another (B), each pair's order drawn at random; daily mean leg and foot pain on A's"
                        + " days against B's"),
        EXPERIMENT_STRATEGY_B("experiment-strategy-b", "The other strategy of an experiment of A against B"),
        EXPERIMENT_BLOCK_DAYS("experiment-block-days", "Days in each block of the experiment"),
        EXPERIMENT_WASHOUT_DAYS(
                "experiment-washout-days", "Days at the start of each block recorded but left out of the comparison"),
        EXPERIMENT_WAY_A(
                "experiment-way-a",
                "The way of A as the person named it, for an experiment of two ways (such as of taking a medicine)"),
        EXPERIMENT_WAY_B("experiment-way-b", "The way of B as the person named it"),
        ARM_A_FOLLOWED(
                "experiment-a-followed",
                "Days of A's blocks whose check-in recorded A (for two ways of one strategy, that the person said they"
                        + " followed), of A's days with a check-in"),
        ARM_B_FOLLOWED(
                "experiment-b-followed",
                "Days of B's blocks whose check-in recorded B (without a B, did not record A; for two ways, that the"
                        + " person said they followed), of B's days with a check-in"),
        DIFFERENCE_A_MINUS_B(
                "difference-a-minus-b",
                "Daily mean pain on A's counted days minus B's (below 0: less pain on A's days)"),
        RANDOMISATION_P(
                "randomisation-p",
                "Share of the orders the compared pairs could have been drawn in that give a difference at least as"
                        + " large (a randomisation test)");

        final String code;
        final String display;

        ObservationCode(String code, String display) {
            this.code = code;
            this.display = display;
        }

        FhirElement coding() {
            return FhirElement.coding(FhirCodes.OBSERVATION_CODES, code, display);
        }

        /** A CodeableConcept of this code alone. */
        FhirElement concept() {
            return FhirElement.concept(coding());
        }
    }

    /** Experiments' names in English, as every label here. */
    ExperimentNames experimentNames() {
        return new ExperimentNames(messages, Locale.ENGLISH);
    }

    String label(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    String siteLabel(BodySite site) {
        return label(
                "site.name",
                label("side." + site.side().code()),
                label("region." + site.region().code()));
    }

    List<FhirElement> codeSystems() {
        FhirElement observations =
                codeSystem(FhirCodes.OBSERVATION_CODES, "LegibleObservation", "Legible observations");
        for (ObservationCode code : ObservationCode.values()) {
            concept(observations, code.code, code.display);
        }
        FhirElement sites = codeSystem(FhirCodes.SITE_CODES, "LegibleLegFootSite", "Legible leg and foot sites");
        BodySite.all().forEach(site -> concept(sites, site.code(), siteLabel(site)));
        FhirElement descriptors =
                codeSystem(FhirCodes.DESCRIPTOR_CODES, "LegiblePainDescriptor", "Legible pain descriptors");
        for (Descriptor descriptor : Descriptor.values()) {
            concept(descriptors, descriptor.code(), label("descriptor." + descriptor.code()));
        }
        FhirElement wokeBy = codeSystem(FhirCodes.WOKE_BY_CODES, "LegibleWokenBy", "Legible reasons for waking");
        for (Vocabulary.WokeBy reason : Vocabulary.WokeBy.values()) {
            concept(wokeBy, reason.code(), label("wokeBy." + reason.code()));
        }
        FhirElement redFlags = codeSystem(FhirCodes.RED_FLAG_CODES, "LegibleRedFlag", "Legible red-flag questions");
        for (RedFlag flag : RedFlag.values()) {
            concept(redFlags, flag.code(), label("redFlag." + flag.code() + ".question"));
        }
        FhirElement answers = codeSystem(FhirCodes.ANSWER_CODES, "LegibleAnswer", "Legible answers");
        for (String answer : List.of("yes", "no", "unsure")) {
            concept(answers, answer, answerDisplay(answer));
        }
        return List.of(observations, sites, descriptors, wokeBy, redFlags, answers);
    }

    /** A complete, case-sensitive CodeSystem of Legible's; {@link #concept} fills it. */
    static FhirElement codeSystem(String url, String name, String title) {
        return FhirElement.resource("CodeSystem")
                .set("url", url)
                .set("version", "1")
                .set("name", name)
                .set("title", title)
                .set("status", "active")
                .set("experimental", false)
                .set("caseSensitive", true)
                .set("content", "complete");
    }

    static void concept(FhirElement codeSystem, String code, String display) {
        codeSystem.addNew("concept").set("code", code).set("display", display);
    }

    /** An active Questionnaire about a patient, to which {@code item}s are added. */
    static FhirElement questionnaire(String version, String title, String description) {
        return FhirElement.resource("Questionnaire")
                .set("url", FhirCodes.questionnaire(version))
                .set("version", version)
                .set("name", computableName(version))
                .set("title", title)
                .set("status", "active")
                .add("subjectType", "Patient")
                .set("description", description);
    }

    /** A completed QuestionnaireResponse to the Questionnaire of {@code version}, to which {@code item}s are added. */
    static FhirElement response(String version, FhirElement subject, String authored) {
        return FhirElement.resource("QuestionnaireResponse")
                .set("questionnaire", FhirCodes.questionnaire(version))
                .set("status", "completed")
                .set("subject", subject)
                .set("authored", authored);
    }

    /** A question or group: {@code type} is FHIR's item type code. */
    static FhirElement item(FhirElement parent, String linkId, String text, String type) {
        return parent.addNew("item").set("linkId", linkId).set("text", text).set("type", type);
    }

    FhirElement questionnaire(Instrument instrument) {
        QuestionnaireDefinition definition = instrument.definition();
        String base = "assessment." + instrument.code() + ".";
        FhirElement questionnaire = questionnaire(
                definition.version(),
                label(base + "title"),
                "Legible's wording of a screen, not a diagnosis. Source: " + definition.source());
        for (QuestionnaireDefinition.Section section : definition.sections()) {
            FhirElement group = item(questionnaire, section.code(), label(base + "section." + section.code()), "group");
            for (QuestionnaireDefinition.Item item : section.items()) {
                FhirElement question = item(group, item.code(), label(base + item.code()), type(item))
                        .set("required", !item.optional());
                switch (item.type()) {
                    case CHECK, YES_NO -> {}
                    case SEVERITY -> {
                        for (int n = 0; n <= 3; n++) {
                            question.addNew("answerOption").set("valueInteger", n);
                        }
                    }
                    case YES_NO_UNSURE -> {
                        for (String answer : List.of("yes", "no", "unsure")) {
                            question.addNew("answerOption")
                                    .set(
                                            "valueCoding",
                                            FhirElement.coding(FhirCodes.ANSWER_CODES, answer, answerDisplay(answer)));
                        }
                    }
                    case NUMBER -> {
                        if (item.unit() != null) {
                            // A measured value with its unit, so a record system need not guess it.
                            question.extension(
                                    "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
                                    "Coding",
                                    FhirElement.coding(FhirCodes.UCUM, item.unit(), item.unit()));
                        }
                    }
                }
            }
        }
        return questionnaire;
    }

    private static String type(QuestionnaireDefinition.Item item) {
        return switch (item.type()) {
            case CHECK, YES_NO -> "boolean";
            case SEVERITY -> "integer";
            case YES_NO_UNSURE -> "choice";
            case NUMBER -> item.unit() == null ? "decimal" : "quantity";
        };
    }

    /** "acr-2016-self-report" → "Acr2016SelfReport", a name code generators can use. */
    static String computableName(String version) {
        StringBuilder name = new StringBuilder();
        for (String part : version.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    static String answerDisplay(String answer) {
        return switch (answer) {
            case "yes" -> "Yes";
            case "no" -> "No";
            default -> "Not sure";
        };
    }
}
