package org.legible.interop.fhir;

import java.util.List;
import java.util.Map;
import org.legible.bodymap.BodySite;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.Question;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.springframework.stereotype.Component;

/**
 * The check-up as FHIR (docs/fhir.md): one Questionnaire in Legible's own words, drawn from {@link Question} and the
 * check-up's messages as its pages are, and each finished check-up as a QuestionnaireResponse with the answers as
 * given. Places, descriptors and red flags keep the codes they have everywhere else in the Bundle; yes / no / not
 * sure are the shared answer codes; the rest are codes of the check-up's own answer CodeSystem,
 * {@code <question>.<answer>}. Which mechanisms the answers point to is worked out from them by the rules of the
 * day, so it is not exported.
 */
@Component
record CheckUpRecords(FhirDefinitions definitions) {

    static final String VERSION = "legible-check-up";
    private static final String TRIED = "tried";

    FhirElement questionnaire() {
        FhirElement questionnaire = FhirDefinitions.questionnaire(
                VERSION,
                definitions.label("checkup.title"),
                "Legible's check-up of leg and foot pain, in its own words: a self-description to talk over with a"
                        + " clinician, not a diagnosis.");
        for (Question question : Question.values()) {
            FhirElement item = FhirDefinitions.item(
                            questionnaire, question.code(), definitions.label("checkup.q." + question.code()), "choice")
                    .set("repeats", question.kind() == Question.Kind.MANY);
            question.allowed()
                    .forEach(answer -> item.addNew("answerOption").set("valueCoding", coding(question, answer)));
        }
        FhirElement tried =
                FhirDefinitions.item(questionnaire, TRIED, definitions.label("checkup.part.tried"), "group");
        for (Strategy strategy : Strategy.values()) {
            FhirElement item = FhirDefinitions.item(
                    tried, TRIED + "." + strategy.code(), definitions.label("strategy." + strategy.code()), "choice");
            for (Helped helped : Helped.values()) {
                item.addNew("answerOption").set("valueCoding", helped(helped));
            }
        }
        FhirDefinitions.item(questionnaire, "medications", definitions.label("checkup.q.medications"), "text")
                .set("maxLength", CheckUpAnswers.MEDICATIONS_LIMIT);
        return questionnaire;
    }

    /** The answers of the check-up that are not codes from elsewhere in the Bundle. */
    FhirElement answers() {
        FhirElement answers = FhirDefinitions.codeSystem(
                FhirCodes.CHECK_UP_ANSWER_CODES, "LegibleCheckUpAnswer", "Legible check-up answers");
        for (Question question : Question.values()) {
            if (ownAnswers(question)) {
                question.allowed()
                        .forEach(answer -> FhirDefinitions.concept(
                                answers,
                                question.code() + "." + answer,
                                definitions.label(question.answerKey(answer))));
            }
        }
        for (Helped helped : Helped.values()) {
            FhirDefinitions.concept(answers, "helped." + helped.code(), definitions.label("helped." + helped.code()));
        }
        return answers;
    }

    FhirElement response(CheckUp checkUp, FhirElement subject) {
        FhirElement response =
                FhirDefinitions.response(VERSION, subject, checkUp.completedAt().toString());
        CheckUpAnswers answers = checkUp.answers();
        for (Question question : Question.values()) {
            List<String> given = answers.all(question);
            if (!given.isEmpty()) {
                FhirElement item = response.addNew("item").set("linkId", question.code());
                given.forEach(answer -> item.addNew("answer").set("valueCoding", coding(question, answer)));
            }
        }
        if (!answers.tried().isEmpty()) {
            FhirElement tried = response.addNew("item").set("linkId", TRIED);
            for (Map.Entry<Strategy, Helped> entry : answers.tried().entrySet()) {
                tried.addNew("item")
                        .set("linkId", TRIED + "." + entry.getKey().code())
                        .addNew("answer")
                        .set("valueCoding", helped(entry.getValue()));
            }
        }
        if (answers.medications() != null) {
            response.addNew("item")
                    .set("linkId", "medications")
                    .addNew("answer")
                    .set("valueString", answers.medications());
        }
        return response;
    }

    private static boolean ownAnswers(Question question) {
        return switch (question) {
            case WHERE, FEET_FEELS, LEGS_FEELS, RED_FLAGS -> false;
            default -> !question.yesNo();
        };
    }

    private FhirElement coding(Question question, String answer) {
        return switch (question) {
            case WHERE -> {
                BodySite site = BodySite.fromCode(answer).orElseThrow();
                yield FhirElement.coding(FhirCodes.SITE_CODES, site.code(), definitions.siteLabel(site));
            }
            case FEET_FEELS, LEGS_FEELS ->
                FhirElement.coding(FhirCodes.DESCRIPTOR_CODES, answer, definitions.label(question.answerKey(answer)));
            case RED_FLAGS ->
                FhirElement.coding(FhirCodes.RED_FLAG_CODES, answer, definitions.label(question.answerKey(answer)));
            default -> {
                if (question.yesNo()) {
                    String code = "not_sure".equals(answer) ? "unsure" : answer;
                    yield FhirElement.coding(FhirCodes.ANSWER_CODES, code, FhirDefinitions.answerDisplay(code));
                }
                yield FhirElement.coding(
                        FhirCodes.CHECK_UP_ANSWER_CODES,
                        question.code() + "." + answer,
                        definitions.label(question.answerKey(answer)));
            }
        };
    }

    private FhirElement helped(Helped helped) {
        return FhirElement.coding(
                FhirCodes.CHECK_UP_ANSWER_CODES,
                "helped." + helped.code(),
                definitions.label("helped." + helped.code()));
    }
}
