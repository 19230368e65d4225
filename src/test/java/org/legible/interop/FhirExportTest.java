package org.legible.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Assessments;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUps;
import org.legible.checkup.Question;
import org.legible.diary.HealthMeasures;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The FHIR R4 Bundle holds the person's check-ins, medications and finished screens, coded as docs/clinical-basis.md
 * ("Codes") says, and every resource in it passes the HAPI FHIR R4 validator with zero errors.
 */
@LegibleTest
@Import(TestClockConfiguration.class)
class FhirExportTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assessments assessments;

    @Autowired
    HealthMeasures measures;

    @Autowired
    CheckUps checkUps;

    @Autowired
    Experiments experiments;

    People people;
    String email;
    MockHttpSession ann;
    String token;

    @BeforeEach
    void record() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        email = People.uniqueEmail("ann");
        ann = people.signUp(email);
        token = people.token(ann, "read");
        int heel = siteIndex("heel-left");
        int calf = siteIndex("calf-right");
        mvc.perform(checkIn("/check-ins", ann)
                .param("sites[" + heel + "].selected", "on")
                .param("sites[" + heel + "].intensity", "7")
                .param("sites[" + heel + "].descriptors", "burning", "tingling")
                .param("sites[" + calf + "].selected", "on")
                .param("sites[" + calf + "].intensity", "4")
                .param("overallPain", "6")
                .param("sleepHours", "5.5")
                .param("sleepQuality", "3")
                .param("wokeBy", "cramps")
                .param("fatigue", "8")
                .param("mood", "2")
                .param("stress", "7")
                .param("interference", "5")
                .param("morningStiffnessMinutes", "90")
                .param("rlsUrge", "6")
                .param("rlsWorseAtRest", "yes")
                .param("redFlags", "one_leg_swollen_warm_red")
                .param("medications[0].name", "Amitriptyline")
                .param("medications[0].dose", "10")
                .param("medications[0].unit", "mg")
                .param("medications[0].schedule", "scheduled")
                .param("medications[0].helped", "a_little"));
        // A missed day filled in afterwards.
        mvc.perform(checkIn("/check-ins", ann).param("diaryDay", "2026-03-05").param("overallPain", "3"));
        AccountId account = new AccountId(jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single());
        for (Instrument instrument : Instrument.values()) {
            assessments.restore(account, finished(instrument));
        }
        // The missed day was entered by a carer Ann invited: its performer is them, not Ann (every resource still
        // validates).
        jdbc.sql(
                        "UPDATE check_in SET entered_by = 'Sam, my partner' WHERE account_id = :a AND diary_day = '2026-03-05'")
                .param("a", account.value())
                .update();
        // Brought in: a watch's night, an iPhone's night with only time in bed, a day of steps, another tracker's
        // rating, medication and tag, and two scores from a clinic.
        measures.restore(
                account,
                new HealthMeasures.Import(
                        null,
                        "apple_health",
                        "export.zip",
                        "c".repeat(64),
                        Instant.parse("2026-03-09T08:00:00Z"),
                        3,
                        2,
                        1,
                        0),
                List.of(
                        new HealthMeasures.Night(
                                LocalDate.parse("2026-03-08"),
                                "Ann's Apple Watch",
                                new BigDecimal("405.0"),
                                new BigDecimal("450.0"),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO),
                        new HealthMeasures.Night(
                                LocalDate.parse("2026-03-09"),
                                "Ann's iPhone",
                                null,
                                new BigDecimal("480.0"),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO)),
                List.of(new HealthMeasures.StepDay(LocalDate.parse("2026-03-08"), "Ann's iPhone", 6120, 25)),
                List.of());
        measures.restore(
                account,
                new HealthMeasures.Import(
                        null,
                        "flaredown",
                        "flaredown.csv",
                        "d".repeat(64),
                        Instant.parse("2026-03-09T08:00:00Z"),
                        1,
                        0,
                        0,
                        1),
                List.of(),
                List.of(),
                List.of(
                        HealthMeasures.TrackerEntry.rating(LocalDate.parse("2026-03-07"), "Fatigue", 3, 4),
                        HealthMeasures.TrackerEntry.named(
                                LocalDate.parse("2026-03-07"),
                                HealthMeasures.EntryKind.MEDICATION,
                                "Pregabalin",
                                "75 mg"),
                        HealthMeasures.TrackerEntry.named(
                                LocalDate.parse("2026-03-07"), HealthMeasures.EntryKind.TRIGGER, "stress", null)));
        assessments.recordOutsideScore(
                account,
                new OutsideScore(
                        null, OutsideScore.Kind.FIQR, null, LocalDate.parse("2026-03-02"), new BigDecimal("48.5")));
        assessments.recordOutsideScore(
                account,
                new OutsideScore(
                        null,
                        OutsideScore.Kind.OTHER,
                        "painDETECT",
                        LocalDate.parse("2026-03-02"),
                        new BigDecimal("-1")));
        // A finished check-up, an experiment that ran its course (heat from 20 Feb to 5 Mar) and one running.
        checkUps.finish(
                account,
                new CheckUpAnswers(
                        Map.of(
                                Question.WHERE, List.of("heel-left", "calf-right"),
                                Question.FEET_FEELS, List.of("burning"),
                                Question.SINCE, List.of("over_a_year"),
                                Question.WORSE_AT, List.of("night"),
                                Question.FEET_COLD, List.of("not_sure"),
                                Question.RED_FLAGS, List.of("one_leg_swollen_warm_red")),
                        Map.of(Strategy.HEAT, Helped.A_LITTLE),
                        "Amitriptyline 10 mg at night"));
        experiments.restore(
                account,
                new Experiment(
                        "w",
                        Strategy.MASSAGE,
                        LocalDate.parse("2026-01-10"),
                        16,
                        null,
                        Instant.parse("2026-01-10T08:00:00Z"),
                        new Experiment.Blocks(Strategy.STRETCHING, 4, 1, List.of(Arm.A, Arm.B))));
        experiments.restore(
                account,
                new Experiment(
                        "x",
                        Strategy.HEAT,
                        LocalDate.parse("2026-02-20"),
                        14,
                        null,
                        Instant.parse("2026-02-20T08:00:00Z")));
        experiments.restore(
                account,
                new Experiment(
                        "y",
                        Strategy.STRETCHING,
                        LocalDate.parse("2026-03-08"),
                        14,
                        null,
                        Instant.parse("2026-03-08T08:00:00Z")));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(checkIn("/check-ins", bob).param("overallPain", "9").param("note", "bob's own"));
    }

    @Test
    void a_check_up_is_a_questionnaire_response_with_the_codes_the_rest_of_the_bundle_uses() throws Exception {
        Bundle bundle = bundle("");
        QuestionnaireResponse checkUp = all(bundle, QuestionnaireResponse.class).stream()
                .filter(r -> r.getQuestionnaire().endsWith("/legible-check-up"))
                .findFirst()
                .orElseThrow();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : checkUp.getItem()) {
            List<QuestionnaireResponse.QuestionnaireResponseItemComponent> leaves =
                    item.hasItem() ? item.getItem() : List.of(item);
            for (QuestionnaireResponse.QuestionnaireResponseItemComponent leaf : leaves) {
                answers.put(
                        leaf.getLinkId(),
                        leaf.getAnswer().stream()
                                .map(a -> a.getValue() instanceof org.hl7.fhir.r4.model.Coding c
                                        ? c.getSystem().replace("https://legible.health/fhir/CodeSystem/", "") + "|"
                                                + c.getCode() + "|" + c.getDisplay()
                                        : a.getValue().primitiveValue())
                                .toList());
            }
        }
        assertThat(answers)
                .containsExactly(
                        Map.entry(
                                "where",
                                List.of("leg-foot-site|calf-right|right calf", "leg-foot-site|heel-left|left heel")),
                        Map.entry("feet_feels", List.of("pain-descriptor|burning|burning")),
                        Map.entry("since", List.of("check-up-answer|since.over_a_year|More than a year")),
                        Map.entry("worse_at", List.of("check-up-answer|worse_at.night|Night")),
                        Map.entry("feet_cold", List.of("answer|unsure|Not sure")),
                        Map.entry(
                                "red_flags",
                                List.of("red-flag|one_leg_swollen_warm_red|"
                                        + all(bundle, CodeSystem.class).stream()
                                                .filter(c -> c.getUrl().endsWith("/red-flag"))
                                                .findFirst()
                                                .orElseThrow()
                                                .getConcept()
                                                .stream()
                                                .filter(c -> c.getCode().equals("one_leg_swollen_warm_red"))
                                                .findFirst()
                                                .orElseThrow()
                                                .getDisplay())),
                        Map.entry("tried.heat", List.of("check-up-answer|helped.a_little|Helped a little")),
                        Map.entry("medications", List.of("Amitriptyline 10 mg at night")));
        assertThat(checkUp.getAuthoredElement().getValueAsString()).startsWith("2026-03-10T12:00:00");

        Questionnaire questionnaire = all(bundle, Questionnaire.class).stream()
                .filter(q -> q.getUrl().endsWith("/legible-check-up"))
                .findFirst()
                .orElseThrow();
        assertThat(questionnaire.getItem())
                .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .containsSubsequence("where", "feet_feels", "since", "red_flags", "tried", "medications");
        assertThat(questionnaire.getItem().get(0).getText()).isEqualTo("Where do your legs and feet hurt?");
        assertThat(all(bundle("?to=2026-03-09"), QuestionnaireResponse.class))
                .as("a check-up finished after the period is not in it")
                .noneMatch(r -> r.getQuestionnaire().endsWith("/legible-check-up"));
        assertThat(all(bundle("?to=2026-03-09"), Questionnaire.class))
                .noneMatch(q -> q.getUrl().endsWith("/legible-check-up"));
    }

    @Test
    void an_experiment_in_blocks_is_an_observation_with_its_design_adherence_and_randomisation_test() throws Exception {
        // Massage against stretching, blocks of 4 days from 10 Jan, the first day of each left out: A B | B A.
        LocalDate start = LocalDate.parse("2026-01-10");
        for (int block = 0; block < 4; block++) {
            String arm = block == 0 || block == 3 ? "massage" : "stretching";
            for (int day = 1; day < 4; day++) {
                mvc.perform(checkIn("/check-ins", ann)
                        .param("diaryDay", start.plusDays(block * 4L + day).toString())
                        .param("overallPain", arm.equals("massage") ? "3" : "5")
                        .param("strategies[0].code", arm)
                        .param("strategies[0].used", block == 0 && day == 1 ? "" : "on"));
            }
        }
        Observation blocks = only(
                all(bundle(""), Observation.class),
                "https://legible.health/fhir/CodeSystem/observation",
                "personal-experiment-blocks",
                o -> true);
        assertThat(blocks.getCode().getText())
                .isEqualTo("Personal experiment: Massage or foam rolling against Stretching");
        assertThat(blocks.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(blocks.getEffectivePeriod().getEndElement().getValueAsString())
                .isEqualTo("2026-01-25");
        Map<String, String> parts = parts(blocks);
        assertThat(parts)
                .containsExactly(
                        Map.entry("experiment-strategy", "Massage or foam rolling"),
                        Map.entry("experiment-strategy-b", "Stretching"),
                        Map.entry("experiment-planned-days", "16"),
                        Map.entry("experiment-block-days", "4"),
                        Map.entry("experiment-washout-days", "1"),
                        Map.entry("experiment-a-followed", "5/6"),
                        Map.entry("experiment-b-followed", "6/6"),
                        Map.entry("difference-a-minus-b", "-2"),
                        Map.entry("change-interval-90", "-2..-2"),
                        Map.entry("randomisation-p", "0.5"));
        assertThat(blocks.getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("lower");
    }

    @Test
    void own_items_are_observations_named_in_their_text_with_their_value_and_unit() throws Exception {
        String[][] items = {
            {"Dizzy", "scale", "", ""}, {"Energy", "words", "", "low, high"},
            {"Nap", "yes_no", "", ""}, {"Water", "number", "glasses", ""}
        };
        for (String[] item : items) {
            mvc.perform(post("/own-items")
                            .session(ann)
                            .with(csrf())
                            .param("newItemName", item[0])
                            .param("newItemKind", item[1])
                            .param("newItemUnit", item[2])
                            .param("newItemWords", item[3]))
                    .andExpect(status().is3xxRedirection());
        }
        String form = mvc.perform(get("/check-ins/new").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                        "name=\"ownItems\\[(\\d+)]\\.item\" value=\"([0-9a-f-]{36})\"")
                .matcher(form);
        String[] answers = {"7", "HIGH", "yes", "2.5"};
        var request = checkIn("/check-ins", ann).param("overallPain", "5");
        for (String answer : answers) {
            assertThat(row.find()).isTrue();
            request.param("ownItems[" + row.group(1) + "].item", row.group(2))
                    .param("ownItems[" + row.group(1) + "].value", answer);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());

        Bundle bundle = bundle("");
        List<String> errors = new ArrayList<>();
        collect(validator(bundle).validateWithResult(bundle).getMessages(), "Bundle", errors, new TreeSet<>());
        assertThat(errors).isEmpty();
        List<Observation> own = all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> "own-item".equals(c.getCode())))
                .toList();
        Map<String, String> shown = new TreeMap<>();
        own.forEach(o -> shown.put(
                o.getCode().getText(),
                o.hasValueQuantity()
                        ? o.getValueQuantity().getValue().toPlainString() + " "
                                + o.getValueQuantity().getUnit()
                        : o.getValue().primitiveValue()));
        assertThat(shown)
                .containsExactlyEntriesOf(
                        new TreeMap<>(Map.of("Dizzy", "7", "Energy", "high", "Nap", "true", "Water", "2.5 glasses")));
        Observation dizzy = own.stream()
                .filter(o -> o.getCode().getText().equals("Dizzy"))
                .findFirst()
                .orElseThrow();
        assertThat(parts(dizzy)).containsEntry("scale-maximum", "10");
    }

    @Test
    void two_ways_of_taking_a_medicine_carry_their_names_and_what_the_person_said_they_followed() throws Exception {
        LocalDate start = LocalDate.parse("2025-12-01");
        experiments.restore(
                new AccountId(jdbc.sql("SELECT id FROM account WHERE email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single()),
                new Experiment(
                        "v",
                        Strategy.MEDICATION,
                        start,
                        16,
                        null,
                        Instant.parse("2025-12-01T08:00:00Z"),
                        new Experiment.Blocks(
                                Strategy.MEDICATION,
                                4,
                                0,
                                List.of(Arm.A, Arm.B),
                                "150 mg at night",
                                "75 mg twice a day")),
                new TreeMap<>(Map.of(start, true, start.plusDays(1), false)));
        for (int day = 0; day < 2; day++) {
            mvc.perform(checkIn("/check-ins", ann)
                    .param("diaryDay", start.plusDays(day).toString())
                    .param("overallPain", "4"));
        }
        Bundle bundle = bundle("");
        List<String> errors = new ArrayList<>();
        collect(validator(bundle).validateWithResult(bundle).getMessages(), "Bundle", errors, new TreeSet<>());
        assertThat(errors).isEmpty();
        Observation ways = only(
                all(bundle, Observation.class),
                "https://legible.health/fhir/CodeSystem/observation",
                "personal-experiment-blocks",
                o -> o.getCode().getText().contains("Medication"));
        assertThat(ways.getCode().getText())
                .isEqualTo("Personal experiment: Medication: 150 mg at night against 75 mg twice a day");
        Map<String, String> parts = parts(ways);
        assertThat(parts)
                .containsEntry("experiment-way-a", "150 mg at night")
                .containsEntry("experiment-way-b", "75 mg twice a day")
                .as("A's two days with a check-in, one said to be followed")
                .containsEntry("experiment-a-followed", "1/2");
    }

    /** An observation's components, code to value as text, in order. */
    private static Map<String, String> parts(Observation observation) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Observation.ObservationComponentComponent c : observation.getComponent()) {
            parts.put(c.getCode().getCodingFirstRep().getCode(), text(c.getValue()));
        }
        return parts;
    }

    private static String text(org.hl7.fhir.r4.model.Type value) {
        if (value instanceof org.hl7.fhir.r4.model.Quantity q) {
            return q.getValue().stripTrailingZeros().toPlainString();
        }
        if (value instanceof org.hl7.fhir.r4.model.Ratio r) {
            return r.getNumerator().getValue() + "/" + r.getDenominator().getValue();
        }
        if (value instanceof org.hl7.fhir.r4.model.Range g) {
            return g.getLow().getValue().stripTrailingZeros().toPlainString() + ".."
                    + g.getHigh().getValue().stripTrailingZeros().toPlainString();
        }
        return value instanceof org.hl7.fhir.r4.model.CodeableConcept t ? t.getText() : value.primitiveValue();
    }

    @Test
    void an_experiment_is_an_observation_with_its_days_its_verdict_and_the_numbers_behind_it() throws Exception {
        for (String day : List.of("2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13", "2026-02-14")) {
            mvc.perform(checkIn("/check-ins", ann).param("diaryDay", day).param("overallPain", "6"));
        }
        for (String day : List.of("2026-02-21", "2026-02-22", "2026-02-23", "2026-02-24", "2026-02-25")) {
            mvc.perform(checkIn("/check-ins", ann)
                    .param("diaryDay", day)
                    .param("overallPain", "3")
                    .param("strategies[0].code", "heat")
                    .param("strategies[0].used", "on"));
        }
        Bundle bundle = bundle("");
        Observation heat = only(
                all(bundle, Observation.class),
                "https://legible.health/fhir/CodeSystem/observation",
                "personal-experiment",
                o -> o.getCode().getText().endsWith("Heat"));
        assertThat(heat.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(heat.getEffectivePeriod().getStartElement().getValueAsString())
                .isEqualTo("2026-02-20");
        assertThat(heat.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2026-03-05");
        assertThat(heat.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("lower");
        Map<String, String> parts = parts(heat);
        assertThat(parts)
                .containsExactly(
                        Map.entry("experiment-strategy", "Heat"),
                        Map.entry("experiment-planned-days", "14"),
                        Map.entry("experiment-days-strategy-recorded", "5/14"),
                        Map.entry("baseline-days-with-check-in", "5"),
                        Map.entry("experiment-days-with-check-in", "6"),
                        Map.entry("baseline-mean-pain", "6"),
                        Map.entry("experiment-mean-pain", "3"),
                        Map.entry("change-in-mean-pain", "-3"),
                        Map.entry("change-interval-90", "-3..-3"));
        // Every day before was 6 and every day during 3, so every resample gives the same difference.
        assertThat(heat.getNoteFirstRep().getText()).contains("not its cause");

        Observation stretching = only(
                all(bundle, Observation.class),
                "https://legible.health/fhir/CodeSystem/observation",
                "personal-experiment",
                o -> o.getCode().getText().endsWith("Stretching"));
        assertThat(stretching.getStatus()).as("still running").isEqualTo(Observation.ObservationStatus.PRELIMINARY);
        assertThat(stretching.getEffectivePeriod().getEndElement().getValueAsString())
                .isEqualTo("2026-03-10");
        assertThat(stretching.getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("too-few-days");

        assertThat(all(bundle("?from=2026-03-06"), Observation.class))
                .as("an experiment whose days lie before the period is not in it")
                .noneMatch(o ->
                        o.getCode().getText() != null && o.getCode().getText().endsWith("Heat"));
        assertThat(all(bundle("?from=2026-02-10&to=2026-03-04"), Observation.class))
                .as("nor one whose days before it or whose last days lie outside: no mean of days not shared")
                .noneMatch(o -> o.getCode().getCodingFirstRep().getCode().equals("personal-experiment"));
        assertThat(all(bundle("?from=2026-02-06"), Observation.class))
                .as("the days before heat (from 6 Feb) and its days are all in this period")
                .anyMatch(o ->
                        o.getCode().getText() != null && o.getCode().getText().endsWith("Heat"));
    }

    @Test
    void what_was_brought_in_is_there_with_standard_codes_and_the_device_it_came_from() throws Exception {
        mvc.perform(checkIn("/check-ins", ann)
                .param("diaryDay", "2026-03-06")
                .param("overallPain", "2")
                .param("sites[" + siteIndex("sole-left") + "].selected", "on")
                .param("sites[" + siteIndex("sole-left") + "].intensity", "2"));
        Bundle bundle = bundle("");
        List<Observation> observations = all(bundle, Observation.class);
        Observation sleep = only(observations, "http://loinc.org", "93832-4", o -> o.hasDevice());
        assertThat(sleep.getDevice().getDisplay()).isEqualTo("Ann's Apple Watch");
        assertThat(sleep.getMethod().getCodingFirstRep().getCode()).isEqualTo("device-measured");
        assertThat(sleep.getValueQuantity().getValue()).isEqualByComparingTo("6.75");
        assertThat(sleep.getValueQuantity().getCode()).isEqualTo("h");
        assertThat(sleep.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-08");
        assertThat(observations)
                .as("a night with only time in bed has no time asleep to give")
                .noneMatch(o -> o.hasDevice()
                        && o.getDevice().getDisplay().equals("Ann's iPhone")
                        && o.getCode().getCodingFirstRep().getCode().equals("93832-4"));

        Observation steps = only(observations, "http://loinc.org", "41950-7", o -> true);
        assertThat(steps.getValueQuantity().getValue()).isEqualByComparingTo("6120");
        assertThat(steps.getValueQuantity().getCode()).isEqualTo("1/(24.h)");
        assertThat(steps.getDevice().getDisplay()).isEqualTo("Ann's iPhone");

        Observation fatigue =
                only(observations, "https://legible.health/fhir/CodeSystem/observation", "tracked-rating", o -> true);
        assertThat(fatigue.getCode().getText()).isEqualTo("Fatigue");
        assertThat(fatigue.getValueIntegerType().getValue()).isEqualTo(3);
        assertThat(fatigue.getComponentFirstRep().getValueIntegerType().getValue())
                .isEqualTo(4);

        Observation fiqr =
                only(observations, "https://legible.health/fhir/CodeSystem/observation", "fiqr-total", o -> true);
        assertThat(fiqr.getValueQuantity().getValue()).isEqualByComparingTo("48.5");
        Observation other =
                only(observations, "https://legible.health/fhir/CodeSystem/observation", "clinic-score", o -> true);
        assertThat(other.getCode().getText()).isEqualTo("painDETECT");
        assertThat(other.getValueQuantity().getValue()).isEqualByComparingTo("-1");

        assertThat(all(bundle, MedicationStatement.class))
                .extracting(m -> m.getMedicationCodeableConcept().getText())
                .contains("Pregabalin", "Amitriptyline");
        MedicationStatement amitriptyline = all(bundle, MedicationStatement.class).stream()
                .filter(m -> m.getMedicationCodeableConcept().getText().equals("Amitriptyline"))
                .findFirst()
                .orElseThrow();
        assertThat(amitriptyline
                        .getDosageFirstRep()
                        .getDoseAndRateFirstRep()
                        .getDoseQuantity()
                        .getCode())
                .as("a dose in mg carries its UCUM code")
                .isEqualTo("mg");
        Observation sole = observations.stream()
                .filter(o -> "left sole and arch".equals(o.getBodySite().getText()))
                .findFirst()
                .orElseThrow();
        assertThat(sole.getBodySite().getCoding())
                .extracting(c -> c.getSystem() + "|" + c.getCode())
                .as("the foot, then the left foot, then Legible's site")
                .containsExactly(
                        "http://snomed.info/sct|56459004",
                        "http://snomed.info/sct|22335008",
                        "https://legible.health/fhir/CodeSystem/leg-foot-site|sole-left");
        List<String> measuredAnswers = new ArrayList<>();
        all(bundle, QuestionnaireResponse.class)
                .forEach(r -> r.getItem()
                        .forEach(group -> group.getItem().stream()
                                .filter(i -> i.getLinkId().equals("ferritin")
                                        || i.getLinkId().equals("transferrin_saturation"))
                                .forEach(i -> measuredAnswers.add(i.getLinkId() + " "
                                        + i.getAnswerFirstRep()
                                                .getValueQuantity()
                                                .getValue() + " "
                                        + i.getAnswerFirstRep()
                                                .getValueQuantity()
                                                .getCode()))));
        assertThat(measuredAnswers)
                .as("a measured value keeps its unit")
                .containsExactlyInAnyOrder("ferritin 45 ng/mL", "transferrin_saturation 45 %");
        assertThat(all(bundle, CodeSystem.class))
                .extracting(CodeSystem::getUrl)
                .as("the red-flag codes the check-in uses travel with it")
                .contains("https://legible.health/fhir/CodeSystem/red-flag");
    }

    private static Observation only(
            List<Observation> observations,
            String system,
            String code,
            java.util.function.Predicate<Observation> also) {
        List<Observation> found = observations.stream()
                .filter(o -> o.getCode().getCoding().stream()
                        .anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode())))
                .filter(also)
                .toList();
        assertThat(found).as("%s|%s", system, code).hasSize(1);
        return found.get(0);
    }

    /** A finished screen with every item answered. */
    private static Assessment finished(Instrument instrument) {
        QuestionnaireDefinition definition = instrument.definition();
        Map<String, String> answers = new LinkedHashMap<>();
        for (QuestionnaireDefinition.Item item : definition.items()) {
            answers.put(
                    item.code(),
                    switch (item.type()) {
                        case CHECK -> "yes";
                        case SEVERITY -> "2";
                        case YES_NO -> "yes";
                        case YES_NO_UNSURE -> "unsure";
                        case NUMBER -> "45";
                    });
        }
        Instant at = Instant.parse("2026-03-08T10:00:00Z");
        return new Assessment(
                AssessmentId.random(),
                instrument,
                instrument.currentVersion(),
                true,
                LocalDate.parse("2026-03-08"),
                at,
                at,
                at,
                new AnswerSheet(answers));
    }

    private Bundle bundle(String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/fhir/Bundle" + query).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        return FHIR.newJsonParser().parseResource(Bundle.class, response.getContentAsString());
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    @Test
    void every_resource_passes_the_hapi_r4_validator_with_zero_errors() throws Exception {
        Bundle bundle = bundle("");
        FhirValidator validator = validator(bundle);
        List<String> errors = new ArrayList<>();
        TreeSet<String> warnings = new TreeSet<>();
        collect(validator.validateWithResult(bundle).getMessages(), "Bundle", errors, warnings);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            String type = entry.getResource().fhirType();
            collect(validator.validateWithResult(entry.getResource()).getMessages(), type, errors, warnings);
        }
        warnings.forEach(w -> System.out.println("FHIR validation warning: " + w));
        assertThat(errors).isEmpty();
        assertThat(all(bundle, QuestionnaireResponse.class)).hasSize(3);
        assertThat(all(bundle, Observation.class))
                .anyMatch(o -> o.getCode().getCodingFirstRep().getCode().equals("personal-experiment"));
    }

    private static void collect(
            List<SingleValidationMessage> messages, String type, List<String> errors, TreeSet<String> warnings) {
        for (SingleValidationMessage message : messages) {
            String text = type + " " + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(text);
            } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                warnings.add(type + ": " + message.getMessage());
            }
        }
    }

    /** R4 core definitions, common terminologies, and Legible's own CodeSystems and Questionnaires from the Bundle. */
    private static FhirValidator validator(Bundle bundle) {
        PrePopulatedValidationSupport legible = new PrePopulatedValidationSupport(FHIR);
        all(bundle, CodeSystem.class).forEach(legible::addCodeSystem);
        List<Questionnaire> questionnaires = all(bundle, Questionnaire.class);
        IValidationSupport questionnaireLookup = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return FHIR;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
                if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
                    return null;
                }
                return (T) questionnaires.stream()
                        .filter(q -> q.getUrl().equals(url))
                        .findFirst()
                        .orElse(null);
            }
        };
        ValidationSupportChain chain = new ValidationSupportChain(
                legible,
                questionnaireLookup,
                new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }

    @Test
    void pain_is_coded_with_loinc_and_snomed_sites_and_nothing_identifies_the_person_unless_they_ask()
            throws Exception {
        Bundle bundle = bundle("");
        Patient patient = all(bundle, Patient.class).get(0);
        assertThat(patient.getTelecom()).isEmpty();
        assertThat(patient.getName()).isEmpty();
        assertThat(FHIR.newJsonParser().encodeResourceToString(bundle)).doesNotContain(email, "bob's own");
        String observation = "https://legible.health/fhir/CodeSystem/observation";
        assertThat(only(all(bundle, Observation.class), observation, "mood", o -> true)
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(2);
        assertThat(only(all(bundle, Observation.class), observation, "stress", o -> true)
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(7);
        assertThat(only(all(bundle, Observation.class), observation, "pain-interference", o -> true)
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(5);
        Quantity stiffness = only(all(bundle, Observation.class), observation, "morning-stiffness", o -> true)
                .getValueQuantity();
        assertThat(List.of(
                        stiffness.getValue().intValue(),
                        stiffness.getUnit(),
                        stiffness.getSystem(),
                        stiffness.getCode()))
                .containsExactly(90, "min", "http://unitsofmeasure.org", "min");

        Observation heel = all(bundle, Observation.class).stream()
                .filter(o -> o.getBodySite().getText().equals("left heel"))
                .findFirst()
                .orElseThrow();
        assertThat(heel.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(heel.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(heel.getValueIntegerType().getValue()).isEqualTo(7);
        assertThat(heel.getBodySite().getCoding())
                .extracting(c -> c.getSystem() + "|" + c.getCode())
                .containsExactly(
                        "http://snomed.info/sct|76853006",
                        "https://legible.health/fhir/CodeSystem/leg-foot-site|heel-left");
        assertThat(heel.getBodySite().getExtensionFirstRep().getValue())
                .isInstanceOfSatisfying(
                        org.hl7.fhir.r4.model.CodeableConcept.class,
                        laterality -> assertThat(laterality.getCodingFirstRep().getCode())
                                .isEqualTo("7771000"));
        assertThat(heel.getComponent())
                .extracting(c -> c.getValueCodeableConcept().getCodingFirstRep().getCode())
                .containsExactly("burning", "tingling");
        assertThat(heel.getComponent())
                .as("the HL7 Symptoms IG's quality component, with SNOMED CT's quality beside Legible's code")
                .allSatisfy(c ->
                        assertThat(c.getCode().getCodingFirstRep().getCode()).isEqualTo("56823-8"))
                .extracting(c -> c.getValueCodeableConcept().getCoding().get(1).getCode())
                .containsExactly("36349006", "786837007");
        assertThat(heel.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-10T12:00:00Z");

        Observation sleep = all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("93832-4"))
                .findFirst()
                .orElseThrow();
        assertThat(sleep.getValueQuantity().getValue()).isEqualByComparingTo("5.5");
        assertThat(sleep.getValueQuantity().getCode()).isEqualTo("h");

        Observation backFilled = all(bundle, Observation.class).stream()
                .filter(o -> o.getValue() instanceof org.hl7.fhir.r4.model.IntegerType i && i.getValue() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(backFilled.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-05");

        Observation redFlags = all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("red-flag"))
                .findFirst()
                .orElseThrow();
        assertThat(redFlags.getComponent())
                .extracting(c -> c.getValueCodeableConcept().getCodingFirstRep().getSystem() + "|"
                        + c.getValueCodeableConcept().getCodingFirstRep().getCode())
                .containsExactly("https://legible.health/fhir/CodeSystem/red-flag|one_leg_swollen_warm_red");

        MedicationStatement medication = all(bundle, MedicationStatement.class).get(0);
        assertThat(medication.getMedicationCodeableConcept().getText()).isEqualTo("Amitriptyline");
        assertThat(medication.getDosageFirstRep().getText()).isEqualTo("10 mg, scheduled");
        assertThat(medication.getNoteFirstRep().getText()).isEqualTo("Helped a little");

        Bundle identified = bundle("?includeEmail=true&from=2026-03-06&to=2026-03-10");
        assertThat(all(identified, Patient.class).get(0).getTelecomFirstRep().getValue())
                .isEqualTo(email);
        assertThat(all(identified, Observation.class))
                .noneMatch(o -> o.hasEffectiveDateTimeType()
                        && o.getEffectiveDateTimeType().getValueAsString().equals("2026-03-05"));
        assertThat(all(identified, QuestionnaireResponse.class)).hasSize(3);
        assertThat(all(bundle("?from=2026-03-09"), QuestionnaireResponse.class))
                .as("the screens were finished before; the check-up on the 10th")
                .allMatch(r -> r.getQuestionnaire().endsWith("/legible-check-up"))
                .hasSize(1);
    }

    @Test
    void the_questionnaires_are_drawn_from_the_questionnaire_files() throws Exception {
        Bundle bundle = bundle("");
        for (Instrument instrument : Instrument.values()) {
            Questionnaire questionnaire = all(bundle, Questionnaire.class).stream()
                    .filter(q -> q.getUrl().endsWith("/" + instrument.currentVersion()))
                    .findFirst()
                    .orElseThrow();
            List<String> linkIds = questionnaire.getItem().stream()
                    .flatMap(group -> group.getItem().stream())
                    .map(Questionnaire.QuestionnaireItemComponent::getLinkId)
                    .toList();
            assertThat(linkIds)
                    .containsExactlyElementsOf(instrument.definition().items().stream()
                            .map(QuestionnaireDefinition.Item::code)
                            .toList());
        }
    }

    @Test
    void the_account_page_download_is_the_same_bundle_without_the_email() throws Exception {
        MockHttpServletResponse download = mvc.perform(
                        get("/export/legible-fhir.json").session(ann))
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"legible-fhir-2026-03-10.json\"");
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, download.getContentAsString());
        assertThat(all(bundle, Observation.class)).hasSameSizeAs(all(bundle(""), Observation.class));
        assertThat(download.getContentAsString()).doesNotContain(email);
    }
}
