package org.legible.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.assessments.Assessment;
import org.legible.assessments.Assessments;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUps;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.legible.diary.DiaryDays;
import org.legible.diary.FreeText;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItems;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
import org.legible.interop.fhir.FhirDefinitions.ObservationCode;
import org.springframework.stereotype.Service;

/**
 * One person's diary for a period as a FHIR R4 {@code collection} Bundle (docs/fhir.md): a Patient with no more
 * identity than they chose, an Observation per painful site and per other measure, MedicationStatements, what was
 * brought in from elsewhere, the completed screens and check-ups as QuestionnaireResponses with their Questionnaires,
 * an Observation per experiment, and Legible's own CodeSystems.
 */
@Service
public class FhirExport {

    /** FHIR dateTime with seconds and the person's offset at that moment. */
    private static final DateTimeFormatter SECONDS_WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Accounts accounts;
    private final Diary diary;
    private final OwnItems ownItems;
    private final HealthMeasures measures;
    private final Assessments assessments;
    private final CheckUps checkUps;
    private final Experiments experiments;
    private final FhirDefinitions definitions;
    private final CheckUpRecords checkUpRecords;
    private final ExperimentRecords experimentRecords;
    private final Clock clock;

    FhirExport(
            Accounts accounts,
            Diary diary,
            OwnItems ownItems,
            HealthMeasures measures,
            Assessments assessments,
            CheckUps checkUps,
            Experiments experiments,
            FhirDefinitions definitions,
            CheckUpRecords checkUpRecords,
            ExperimentRecords experimentRecords,
            Clock clock) {
        this.ownItems = ownItems;
        this.accounts = accounts;
        this.diary = diary;
        this.measures = measures;
        this.assessments = assessments;
        this.checkUps = checkUps;
        this.experiments = experiments;
        this.definitions = definitions;
        this.checkUpRecords = checkUpRecords;
        this.experimentRecords = experimentRecords;
        this.clock = clock;
    }

    /** The Bundle as FHIR JSON. */
    public byte[] json(AccountId account, LocalDate from, LocalDate to, boolean includeEmail) {
        Bundle bundle = bundle(account, from, to, includeEmail);
        // FHIR strings may not hold control characters; text kept before they were dropped on entry may still.
        // Made at the first export and kept by HAPI, rather than while the server starts (docs/benchmarks.md).
        FhirContext fhir = FhirContext.forR4Cached();
        fhir.newTerser()
                .getAllPopulatedChildElementsOfType(bundle, StringType.class)
                .forEach(text -> text.setValue(FreeText.withoutControlCharacters(text.getValue())));
        return fhir.newJsonParser()
                .setPrettyPrint(true)
                .encodeResourceToString(bundle)
                .getBytes(StandardCharsets.UTF_8);
    }

    Bundle bundle(AccountId account, LocalDate from, LocalDate to, boolean includeEmail) {
        Preferences preferences = accounts.preferences(account);
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestampElement(new InstantType(clock.instant().toString()));
        bundle.setId(uuid(
                account.value(),
                "bundle",
                from.toString(),
                to.toString(),
                clock.instant().toString()));

        Patient patient = new Patient();
        patient.setActive(true);
        String patientId = uuid(account.value(), "patient");
        if (includeEmail) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(accounts.email(account));
        }
        add(bundle, patient, patientId);
        Reference subject = new Reference("urn:uuid:" + patientId);

        definitions.codeSystems().forEach(system -> add(bundle, system, uuid(system.getUrl())));
        for (CodeSystem system : List.of(checkUpRecords.answers(), experimentRecords.verdicts())) {
            add(bundle, system, uuid(system.getUrl()));
        }
        Map<String, OwnItem> items = new HashMap<>();
        ownItems.all(account).forEach(i -> items.put(i.id(), i));
        for (CheckIn checkIn : diary.between(account, from, to)) {
            DateTimeType when = effective(checkIn, preferences);
            checkIn(bundle, checkIn, subject, when);
            for (CheckInDetails.OwnAnswer answer : checkIn.details().ownItems()) {
                ownAnswer(bundle, checkIn, subject, when, items.get(answer.item()), answer.value());
            }
        }
        Set<Instrument> used = EnumSet.noneOf(Instrument.class);
        for (Assessment assessment : assessments.all(account)) {
            if (assessment.complete()
                    && !assessment.day().isBefore(from)
                    && !assessment.day().isAfter(to)) {
                used.add(assessment.instrument());
                add(bundle, response(assessment, subject), uuid(assessment.id().toString(), "response"));
            }
        }
        BroughtInRecords broughtIn = new BroughtInRecords(bundle, subject);
        measures.nights(account, from, to).forEach(broughtIn::night);
        measures.steps(account, from, to).forEach(broughtIn::steps);
        measures.entries(account, from, to).forEach(entry -> broughtIn.entry(entry, "another tracker's diary"));
        List<OutsideScore> scores = assessments.outsideScores(account);
        for (int n = 0; n < scores.size(); n++) {
            OutsideScore score = scores.get(n);
            if (!score.measuredOn().isBefore(from) && !score.measuredOn().isAfter(to)) {
                broughtIn.clinicScore(score, n);
            }
        }
        for (Instrument instrument : used) {
            add(
                    bundle,
                    definitions.questionnaire(instrument),
                    uuid(FhirCodes.questionnaire(instrument.currentVersion())));
        }
        checkUps(bundle, account, from, to, preferences, subject);
        experiments(bundle, account, from, to, DiaryDays.dayOf(clock.instant(), preferences), subject);
        return bundle;
    }

    /** Finished check-ups of the period (by the day they were finished), with the check-up's Questionnaire. */
    private void checkUps(
            Bundle bundle,
            AccountId account,
            LocalDate from,
            LocalDate to,
            Preferences preferences,
            Reference subject) {
        List<CheckUp> finished = checkUps.finished(account).stream()
                .filter(checkUp -> {
                    LocalDate day = DiaryDays.dayOf(checkUp.completedAt(), preferences);
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
        for (CheckUp checkUp : finished) {
            add(
                    bundle,
                    checkUpRecords.response(checkUp, subject),
                    uuid(checkUp.id().toString(), "check-up"));
        }
        if (!finished.isEmpty()) {
            add(bundle, checkUpRecords.questionnaire(), uuid(FhirCodes.questionnaire(CheckUpRecords.VERSION)));
        }
    }

    /**
     * Experiments whose comparison lies wholly in the period (the days before it, which its numbers compare with, and
     * its days so far), each with how it went: a period shared with a clinician gives away no mean of days outside it.
     */
    private void experiments(
            Bundle bundle, AccountId account, LocalDate from, LocalDate to, LocalDate today, Reference subject) {
        for (Experiments.Result result : experiments.within(account, from, to)) {
            Experiment experiment = result.experiment();
            Observation observation = result.blocks() == null
                    ? experimentRecords.observation(experiment, result.beforeAndAfter(), today, subject)
                    : experimentRecords.observation(experiment, result.blocks(), today, subject);
            add(bundle, observation, uuid(account.value(), "experiment", experiment.id()));
        }
    }

    /** When a check-in was recorded on its own diary day, that moment; a day filled in later, the day itself. */
    private static DateTimeType effective(CheckIn checkIn, Preferences preferences) {
        LocalDate day = checkIn.details().diaryDay();
        if (DiaryDays.dayOf(checkIn.recordedAt(), preferences).equals(day)) {
            return new DateTimeType(
                    SECONDS_WITH_OFFSET.format(checkIn.recordedAt().atZone(preferences.timeZone())));
        }
        return new DateTimeType(day.toString());
    }

    private void checkIn(Bundle bundle, CheckIn checkIn, Reference subject, DateTimeType when) {
        CheckInDetails d = checkIn.details();
        String id = checkIn.id().value();
        Observation overall = observation(checkIn, subject, when, painSeverity(ObservationCode.OVERALL_LEG_FOOT_PAIN));
        overall.setBodySite(concept(FhirCodes.SNOMED, FhirCodes.SNOMED_LOWER_LIMB, "Lower limb structure")
                .setText("both legs and feet"));
        laterality(overall.getBodySite(), FhirCodes.SNOMED_RIGHT_AND_LEFT, "Right and left");
        overall.setValue(new IntegerType(d.overallPain()));
        add(bundle, overall, uuid(id, "overall"));

        for (CheckInDetails.SitePain site : d.sites()) {
            Observation pain = observation(checkIn, subject, when, painSeverity(null));
            pain.setBodySite(bodySite(site.site()));
            pain.setValue(new IntegerType(site.intensity()));
            for (Descriptor descriptor : site.descriptors().stream().sorted().toList()) {
                // The HL7 Symptoms IG's quality component: LOINC's code, SNOMED CT's quality where it has the word.
                CodeableConcept code = concept(
                                FhirCodes.LOINC, FhirCodes.LOINC_PROBLEM_QUALITY, "Problem quality or description")
                        .addCoding(ObservationCode.PAIN_DESCRIPTOR.coding());
                String words = definitions.label("descriptor." + descriptor.code());
                CodeableConcept quality = concept(FhirCodes.DESCRIPTOR_CODES, descriptor.code(), words);
                FhirCodes.snomedQuality(descriptor)
                        .ifPresent(snomed -> quality.addCoding(new Coding(FhirCodes.SNOMED, snomed, null)));
                pain.addComponent().setCode(code).setValue(quality.setText(words));
            }
            add(bundle, pain, uuid(id, "site", site.site().code()));
        }

        CheckInDetails.Sleep sleep = d.sleep();
        if (sleep.hours() != null) {
            Observation hours = observation(
                    checkIn, subject, when, concept(FhirCodes.LOINC, FhirCodes.LOINC_SLEEP_DURATION, "Sleep duration"));
            hours.setValue(new Quantity()
                    .setValue(sleep.hours())
                    .setUnit("h")
                    .setSystem(FhirCodes.UCUM)
                    .setCode("h"));
            add(bundle, hours, uuid(id, "sleep-hours"));
        }
        score(bundle, checkIn, subject, when, ObservationCode.SLEEP_QUALITY, sleep.quality(), "sleep-quality");
        if (!sleep.wokeBy().isEmpty()) {
            Observation woken =
                    observation(checkIn, subject, when, new CodeableConcept(ObservationCode.WOKEN_BY.coding()));
            for (Vocabulary.WokeBy reason : sleep.wokeBy().stream().sorted().toList()) {
                woken.addComponent()
                        .setCode(new CodeableConcept(ObservationCode.WOKEN_BY.coding()))
                        .setValue(concept(
                                FhirCodes.WOKE_BY_CODES, reason.code(), definitions.label("wokeBy." + reason.code())));
            }
            add(bundle, woken, uuid(id, "woken-by"));
        }
        score(bundle, checkIn, subject, when, ObservationCode.FATIGUE, d.fatigue(), "fatigue");
        score(
                bundle,
                checkIn,
                subject,
                when,
                ObservationCode.MOOD,
                d.moodAndStress().mood(),
                "mood");
        score(
                bundle,
                checkIn,
                subject,
                when,
                ObservationCode.STRESS,
                d.moodAndStress().stress(),
                "stress");
        score(bundle, checkIn, subject, when, ObservationCode.PAIN_INTERFERENCE, d.interference(), "interference");
        if (d.morningStiffnessMinutes() != null) {
            Observation stiffness = observation(
                    checkIn, subject, when, new CodeableConcept(ObservationCode.MORNING_STIFFNESS.coding()));
            stiffness.setValue(new Quantity()
                    .setValue(d.morningStiffnessMinutes())
                    .setUnit("min")
                    .setSystem(FhirCodes.UCUM)
                    .setCode("min"));
            add(bundle, stiffness, uuid(id, "morning-stiffness"));
        }

        CheckInDetails.RestlessLegs restless = d.restlessLegs();
        if (!restless.isEmpty()) {
            Observation urge = observation(
                    checkIn, subject, when, new CodeableConcept(ObservationCode.RESTLESS_LEGS_URGE.coding()));
            if (restless.urge() != null) {
                urge.setValue(new IntegerType(restless.urge()));
            } else {
                urge.setDataAbsentReason(
                        concept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-asked", "Not Asked"));
            }
            feature(urge, ObservationCode.WORSE_AT_REST, restless.worseAtRest());
            feature(urge, ObservationCode.RELIEF_BY_MOVEMENT, restless.reliefByMovement());
            feature(urge, ObservationCode.WORSE_EVENING_OR_NIGHT, restless.worseEveningOrNight());
            add(bundle, urge, uuid(id, "restless-legs"));
        }

        if (!d.redFlags().isEmpty()) {
            Observation flags =
                    observation(checkIn, subject, when, new CodeableConcept(ObservationCode.RED_FLAG.coding()));
            for (RedFlag flag : d.redFlagsByUrgency()) {
                flags.addComponent()
                        .setCode(new CodeableConcept(ObservationCode.RED_FLAG.coding()))
                        .setValue(concept(
                                FhirCodes.RED_FLAG_CODES,
                                flag.code(),
                                definitions.label("redFlag." + flag.code() + ".question")));
            }
            add(bundle, flags, uuid(id, "red-flags"));
        }

        int n = 0;
        for (CheckInDetails.MedicationUse medication : d.medications()) {
            add(bundle, medication(checkIn, medication, subject, when), uuid(id, "medication", Integer.toString(n++)));
        }
    }

    private Observation observation(CheckIn checkIn, Reference subject, DateTimeType when, CodeableConcept code) {
        Observation observation = new Observation();
        observation.setStatus(
                checkIn.corrected() ? Observation.ObservationStatus.AMENDED : Observation.ObservationStatus.FINAL);
        observation.addCategory(concept(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(code);
        observation.setSubject(subject);
        // A diary is reported by the person themselves, unless a carer they invited entered it for them.
        if (checkIn.enteredBy() == null) {
            observation.addPerformer(subject.copy());
        } else {
            observation.addPerformer(
                    new Reference().setType("RelatedPerson").setDisplay(checkIn.enteredBy() + " (carer)"));
        }
        observation.setEffective(when.copy());
        observation.setIssuedElement(new InstantType(checkIn.savedAt().toString()));
        return observation;
    }

    /** LOINC pain severity, with Legible's code for overall leg and foot pain beside it when that is what it is. */
    private static CodeableConcept painSeverity(ObservationCode alsoCoded) {
        CodeableConcept code =
                concept(FhirCodes.LOINC, FhirCodes.LOINC_PAIN_SEVERITY, FhirCodes.LOINC_PAIN_SEVERITY_DISPLAY);
        if (alsoCoded != null) {
            code.addCoding(alsoCoded.coding());
        }
        return code;
    }

    /**
     * An answer to an own item: Legible's own-item code with the person's name for it as the text; a scale as a
     * whole number with its top (its bottom is 0), yes or no as a boolean, a number with the person's unit (free text,
     * not UCUM), a word as a string.
     */
    private void ownAnswer(
            Bundle bundle, CheckIn checkIn, Reference subject, DateTimeType when, OwnItem item, String value) {
        Observation observation = observation(
                checkIn, subject, when, new CodeableConcept(ObservationCode.OWN_ITEM.coding()).setText(item.name()));
        switch (item.kind()) {
            case SCALE -> {
                observation.setValue(new IntegerType(Integer.parseInt(value)));
                observation
                        .addComponent()
                        .setCode(new CodeableConcept(ObservationCode.SCALE_MAXIMUM.coding()))
                        .setValue(new IntegerType(10));
            }
            case YES_NO -> observation.setValue(new BooleanType("yes".equals(value)));
            case NUMBER -> {
                Quantity quantity = new Quantity().setValue(new BigDecimal(value));
                if (item.unit() != null) {
                    quantity.setUnit(item.unit());
                }
                observation.setValue(quantity);
            }
            case WORDS -> observation.setValue(new StringType(value));
        }
        add(bundle, observation, uuid(checkIn.id().value(), "own-item", item.id()));
    }

    private void score(
            Bundle bundle,
            CheckIn checkIn,
            Reference subject,
            DateTimeType when,
            ObservationCode code,
            Integer value,
            String kind) {
        if (value == null) {
            return;
        }
        Observation observation = observation(checkIn, subject, when, new CodeableConcept(code.coding()));
        observation.setValue(new IntegerType(value));
        add(bundle, observation, uuid(checkIn.id().value(), kind));
    }

    private static void feature(Observation observation, ObservationCode code, Boolean value) {
        if (value != null) {
            observation
                    .addComponent()
                    .setCode(new CodeableConcept(code.coding()))
                    .setValue(new BooleanType(value));
        }
    }

    /** The site's SNOMED CT body structure where one exists, laterality as a qualifier, and Legible's site code. */
    private CodeableConcept bodySite(BodySite site) {
        CodeableConcept concept = new CodeableConcept().setText(definitions.siteLabel(site));
        site.region()
                .snomedBodyStructure()
                .ifPresent(code -> concept.addCoding(new Coding(FhirCodes.SNOMED, code, null)));
        site.region()
                .snomedLateralised(site.side())
                .ifPresent(code -> concept.addCoding(new Coding(FhirCodes.SNOMED, code, null)));
        concept.addCoding(new Coding(FhirCodes.SITE_CODES, site.code(), definitions.siteLabel(site)));
        laterality(
                concept,
                site.side().snomedLaterality(),
                site.side() == org.legible.bodymap.Side.LEFT ? "Left" : "Right");
        return concept;
    }

    private static void laterality(CodeableConcept bodySite, String snomed, String display) {
        bodySite.addExtension(FhirCodes.LATERALITY_EXTENSION, concept(FhirCodes.SNOMED, snomed, display));
    }

    private MedicationStatement medication(
            CheckIn checkIn, CheckInDetails.MedicationUse medication, Reference subject, DateTimeType when) {
        MedicationStatement statement = new MedicationStatement();
        statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(new CodeableConcept().setText(medication.name()));
        statement.setSubject(subject);
        statement.setEffective(when.copy());
        statement.setDateAssertedElement(new DateTimeType(checkIn.savedAt().toString()));
        Dosage dosage = statement.addDosage();
        StringBuilder text = new StringBuilder();
        if (medication.dose() != null) {
            Quantity dose = new Quantity().setValue(medication.dose());
            if (medication.unit() != null) {
                dose.setUnit(medication.unit());
                FhirCodes.ucumDose(medication.unit())
                        .ifPresent(code -> dose.setSystem(FhirCodes.UCUM).setCode(code));
            }
            dosage.addDoseAndRate().setDose(dose);
            text.append(medication.dose().toPlainString());
            if (medication.unit() != null) {
                text.append(' ').append(medication.unit());
            }
        }
        if (medication.schedule() != null) {
            dosage.setAsNeeded(new BooleanType(medication.schedule() == Vocabulary.MedicationSchedule.AS_NEEDED));
            text.append(text.isEmpty() ? "" : ", ")
                    .append(
                            medication.schedule() == Vocabulary.MedicationSchedule.AS_NEEDED
                                    ? "as needed"
                                    : "scheduled");
        }
        if (!text.isEmpty()) {
            dosage.setText(text.toString());
        }
        if (medication.helped() != null) {
            statement
                    .addNote()
                    .setText(definitions.label("helped." + medication.helped().code()));
        }
        return statement;
    }

    private QuestionnaireResponse response(Assessment assessment, Reference subject) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(FhirCodes.questionnaire(assessment.version()));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(subject);
        response.setAuthoredElement(new DateTimeType(assessment.completedAt().toString()));
        Map<String, String> answers = assessment.answers().answers();
        QuestionnaireDefinition definition = assessment.instrument().definition();
        for (QuestionnaireDefinition.Section section : definition.sections()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent group = null;
            for (QuestionnaireDefinition.Item item : section.items()) {
                String answer = answers.get(item.code());
                if (answer == null) {
                    continue;
                }
                if (group == null) {
                    group = response.addItem().setLinkId(section.code());
                }
                group.addItem()
                        .setLinkId(item.code())
                        .addAnswer()
                        .setValue(
                                switch (item.type()) {
                                    case CHECK, YES_NO -> new BooleanType("yes".equals(answer));
                                    case SEVERITY -> new IntegerType(Integer.parseInt(answer));
                                    case YES_NO_UNSURE ->
                                        new Coding(
                                                FhirCodes.ANSWER_CODES, answer, FhirDefinitions.answerDisplay(answer));
                                    case NUMBER ->
                                        item.unit() == null
                                                ? new DecimalType(new BigDecimal(answer))
                                                : new Quantity()
                                                        .setValue(new BigDecimal(answer))
                                                        .setUnit(item.unit())
                                                        .setSystem(FhirCodes.UCUM)
                                                        .setCode(item.unit());
                                });
            }
        }
        return response;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    static void add(Bundle bundle, Resource resource, String id) {
        resource.setId(id);
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
    }

    /** A stable id from its parts, so exporting twice gives the same ids (UUID v3). */
    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
