package org.legible.interop.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
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
class CheckUpRecords {

    static final String VERSION = "legible-check-up";
    private static final String TRIED = "tried";

    private final FhirDefinitions definitions;

    CheckUpRecords(FhirDefinitions definitions) {
        this.definitions = definitions;
    }

    Questionnaire questionnaire() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire
                .setUrl(FhirCodes.questionnaire(VERSION))
                .setVersion(VERSION)
                .setName(FhirDefinitions.computableName(VERSION))
                .setTitle(definitions.label("checkup.title"))
                .setStatus(PublicationStatus.ACTIVE)
                .setDescription("Legible's check-up of leg and foot pain, in its own words: a self-description to talk"
                        + " over with a clinician, not a diagnosis.");
        questionnaire.addSubjectType("Patient");
        for (Question question : Question.values()) {
            Questionnaire.QuestionnaireItemComponent item = questionnaire
                    .addItem()
                    .setLinkId(question.code())
                    .setText(definitions.label("checkup.q." + question.code()))
                    .setType(QuestionnaireItemType.CHOICE)
                    .setRepeats(question.kind() == Question.Kind.MANY);
            question.allowed().forEach(answer -> item.addAnswerOption().setValue(coding(question, answer)));
        }
        Questionnaire.QuestionnaireItemComponent tried = questionnaire
                .addItem()
                .setLinkId(TRIED)
                .setText(definitions.label("checkup.part.tried"))
                .setType(QuestionnaireItemType.GROUP);
        for (Strategy strategy : Strategy.values()) {
            Questionnaire.QuestionnaireItemComponent item = tried.addItem()
                    .setLinkId(TRIED + "." + strategy.code())
                    .setText(definitions.label("strategy." + strategy.code()))
                    .setType(QuestionnaireItemType.CHOICE);
            for (Helped helped : Helped.values()) {
                item.addAnswerOption().setValue(helped(helped));
            }
        }
        questionnaire
                .addItem()
                .setLinkId("medications")
                .setText(definitions.label("checkup.q.medications"))
                .setType(QuestionnaireItemType.TEXT)
                .setMaxLength(CheckUpAnswers.MEDICATIONS_LIMIT);
        return questionnaire;
    }

    /** The answers of the check-up that are not codes from elsewhere in the Bundle. */
    CodeSystem answers() {
        CodeSystem answers = FhirDefinitions.codeSystem(
                FhirCodes.CHECK_UP_ANSWER_CODES, "LegibleCheckUpAnswer", "Legible check-up answers");
        for (Question question : Question.values()) {
            if (ownAnswers(question)) {
                question.allowed().forEach(answer -> {
                    Coding coding = coding(question, answer);
                    answers.addConcept().setCode(coding.getCode()).setDisplay(coding.getDisplay());
                });
            }
        }
        for (Helped helped : Helped.values()) {
            answers.addConcept()
                    .setCode(helped(helped).getCode())
                    .setDisplay(helped(helped).getDisplay());
        }
        return answers;
    }

    QuestionnaireResponse response(CheckUp checkUp, Reference subject) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(FhirCodes.questionnaire(VERSION));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(subject.copy());
        response.setAuthoredElement(new DateTimeType(checkUp.completedAt().toString()));
        CheckUpAnswers answers = checkUp.answers();
        for (Question question : Question.values()) {
            List<String> given = answers.all(question);
            if (!given.isEmpty()) {
                QuestionnaireResponse.QuestionnaireResponseItemComponent item =
                        response.addItem().setLinkId(question.code());
                given.forEach(answer -> item.addAnswer().setValue(coding(question, answer)));
            }
        }
        if (!answers.tried().isEmpty()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent tried =
                    response.addItem().setLinkId(TRIED);
            for (Map.Entry<Strategy, Helped> entry : answers.tried().entrySet()) {
                tried.addItem()
                        .setLinkId(TRIED + "." + entry.getKey().code())
                        .addAnswer()
                        .setValue(helped(entry.getValue()));
            }
        }
        if (answers.medications() != null) {
            response.addItem().setLinkId("medications").addAnswer().setValue(new StringType(answers.medications()));
        }
        return response;
    }

    private static boolean ownAnswers(Question question) {
        return switch (question) {
            case WHERE, FEET_FEELS, LEGS_FEELS, RED_FLAGS -> false;
            default -> !question.yesNo();
        };
    }

    private Coding coding(Question question, String answer) {
        return switch (question) {
            case WHERE -> {
                BodySite site = BodySite.fromCode(answer).orElseThrow();
                yield new Coding(FhirCodes.SITE_CODES, site.code(), definitions.siteLabel(site));
            }
            case FEET_FEELS, LEGS_FEELS ->
                new Coding(FhirCodes.DESCRIPTOR_CODES, answer, definitions.label(question.answerKey(answer)));
            case RED_FLAGS ->
                new Coding(FhirCodes.RED_FLAG_CODES, answer, definitions.label(question.answerKey(answer)));
            default -> {
                if (question.yesNo()) {
                    String code = "not_sure".equals(answer) ? "unsure" : answer;
                    yield new Coding(FhirCodes.ANSWER_CODES, code, FhirDefinitions.answerDisplay(code));
                }
                yield new Coding(
                        FhirCodes.CHECK_UP_ANSWER_CODES,
                        question.code() + "." + answer,
                        definitions.label(question.answerKey(answer)));
            }
        };
    }

    private Coding helped(Helped helped) {
        return new Coding(
                FhirCodes.CHECK_UP_ANSWER_CODES,
                "helped." + helped.code(),
                definitions.label("helped." + helped.code()));
    }
}
