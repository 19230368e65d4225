package org.legible.interop.fhir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The Bundle as FHIR JSON, written to {@code out} a resource at a time; {@code out} is left open. */
    public void write(AccountId account, LocalDate from, LocalDate to, boolean includeEmail, OutputStream out) {
        Preferences preferences = accounts.preferences(account);
        FhirBundle bundle = new FhirBundle(
                uuid(
                        account.value(),
                        "bundle",
                        from.toString(),
                        to.toString(),
                        clock.instant().toString()),
                clock.instant().toString(),
                out);

        FhirElement patient = FhirElement.resource("Patient").set("active", true);
        String patientId = uuid(account.value(), "patient");
        if (includeEmail) {
            patient.addNew("telecom").set("system", "email").set("value", accounts.email(account));
        }
        bundle.add(patient, patientId);
        FhirElement subject = FhirElement.reference("urn:uuid:" + patientId);

        definitions.codeSystems().forEach(system -> bundle.add(system, uuid(system.text("url"))));
        for (FhirElement system : List.of(checkUpRecords.answers(), experimentRecords.verdicts())) {
            bundle.add(system, uuid(system.text("url")));
        }
        Map<String, OwnItem> items = new HashMap<>();
        ownItems.all(account).forEach(i -> items.put(i.id(), i));
        for (CheckIn checkIn : diary.between(account, from, to)) {
            String when = effective(checkIn, preferences);
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
                bundle.add(response(assessment, subject), uuid(assessment.id().toString(), "response"));
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
            bundle.add(
                    definitions.questionnaire(instrument), uuid(FhirCodes.questionnaire(instrument.currentVersion())));
        }
        checkUps(bundle, account, from, to, preferences, subject);
        experiments(bundle, account, from, to, DiaryDays.dayOf(clock.instant(), preferences), subject);
        bundle.finish();
    }

    /** Finished check-ups of the period (by the day they were finished), with the check-up's Questionnaire. */
    private void checkUps(
            FhirBundle bundle,
            AccountId account,
            LocalDate from,
            LocalDate to,
            Preferences preferences,
            FhirElement subject) {
        List<CheckUp> finished = checkUps.finished(account).stream()
                .filter(checkUp -> {
                    LocalDate day = DiaryDays.dayOf(checkUp.completedAt(), preferences);
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
        for (CheckUp checkUp : finished) {
            bundle.add(
                    checkUpRecords.response(checkUp, subject), uuid(checkUp.id().toString(), "check-up"));
        }
        if (!finished.isEmpty()) {
            bundle.add(checkUpRecords.questionnaire(), uuid(FhirCodes.questionnaire(CheckUpRecords.VERSION)));
        }
    }

    /**
     * Experiments whose comparison lies wholly in the period (the days before it, which its numbers compare with, and
     * its days so far), each with how it went: a period shared with a clinician gives away no mean of days outside it.
     */
    private void experiments(
            FhirBundle bundle, AccountId account, LocalDate from, LocalDate to, LocalDate today, FhirElement subject) {
        for (Experiments.Result result : experiments.within(account, from, to)) {
            Experiment experiment = result.experiment();
            FhirElement observation = result.blocks() == null
                    ? experimentRecords.observation(experiment, result.beforeAndAfter(), today, subject)
                    : experimentRecords.observation(experiment, result.blocks(), today, subject);
            bundle.add(observation, uuid(account.value(), "experiment", experiment.id()));
        }
    }

    /** When a check-in was recorded on its own diary day, that moment; a day filled in later, the day itself. */
    private static String effective(CheckIn checkIn, Preferences preferences) {
        LocalDate day = checkIn.details().diaryDay();
        if (DiaryDays.dayOf(checkIn.recordedAt(), preferences).equals(day)) {
            return SECONDS_WITH_OFFSET.format(checkIn.recordedAt().atZone(preferences.timeZone()));
        }
        return day.toString();
    }

    private void checkIn(FhirBundle bundle, CheckIn checkIn, FhirElement subject, String when) {
        CheckInDetails d = checkIn.details();
        String id = checkIn.id().value();
        FhirElement overall = observation(checkIn, subject, when, painSeverity(ObservationCode.OVERALL_LEG_FOOT_PAIN))
                .set("valueInteger", d.overallPain())
                .set(
                        "bodySite",
                        laterality(FhirCodes.SNOMED_RIGHT_AND_LEFT, "Right and left")
                                .add(
                                        "coding",
                                        FhirElement.coding(
                                                FhirCodes.SNOMED, FhirCodes.SNOMED_LOWER_LIMB, "Lower limb structure"))
                                .set("text", "both legs and feet"));
        bundle.add(overall, uuid(id, "overall"));

        for (CheckInDetails.SitePain site : d.sites()) {
            FhirElement pain = observation(checkIn, subject, when, painSeverity(null))
                    .set("valueInteger", site.intensity())
                    .set("bodySite", bodySite(site.site()));
            for (Descriptor descriptor : site.descriptors().stream().sorted().toList()) {
                // The HL7 Symptoms IG's quality component: LOINC's code, SNOMED CT's quality where it has the word.
                FhirElement code = FhirElement.concept(
                                FhirCodes.LOINC, FhirCodes.LOINC_PROBLEM_QUALITY, "Problem quality or description")
                        .add("coding", ObservationCode.PAIN_DESCRIPTOR.coding());
                String words = definitions.label("descriptor." + descriptor.code());
                FhirElement quality = FhirElement.concept(FhirCodes.DESCRIPTOR_CODES, descriptor.code(), words);
                FhirCodes.snomedQuality(descriptor)
                        .ifPresent(snomed -> quality.add("coding", FhirElement.coding(FhirCodes.SNOMED, snomed, null)));
                pain.addNew("component").set("code", code).set("valueCodeableConcept", quality.set("text", words));
            }
            bundle.add(pain, uuid(id, "site", site.site().code()));
        }

        CheckInDetails.Sleep sleep = d.sleep();
        if (sleep.hours() != null) {
            FhirElement hours = observation(
                            checkIn,
                            subject,
                            when,
                            FhirElement.concept(FhirCodes.LOINC, FhirCodes.LOINC_SLEEP_DURATION, "Sleep duration"))
                    .set("valueQuantity", FhirElement.ucum(sleep.hours(), "h", "h"));
            bundle.add(hours, uuid(id, "sleep-hours"));
        }
        score(bundle, checkIn, subject, when, ObservationCode.SLEEP_QUALITY, sleep.quality(), "sleep-quality");
        if (!sleep.wokeBy().isEmpty()) {
            FhirElement woken = observation(checkIn, subject, when, ObservationCode.WOKEN_BY.concept());
            for (Vocabulary.WokeBy reason : sleep.wokeBy().stream().sorted().toList()) {
                woken.addNew("component")
                        .set("code", ObservationCode.WOKEN_BY.concept())
                        .set(
                                "valueCodeableConcept",
                                FhirElement.concept(
                                        FhirCodes.WOKE_BY_CODES,
                                        reason.code(),
                                        definitions.label("wokeBy." + reason.code())));
            }
            bundle.add(woken, uuid(id, "woken-by"));
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
            FhirElement stiffness = observation(checkIn, subject, when, ObservationCode.MORNING_STIFFNESS.concept())
                    .set(
                            "valueQuantity",
                            FhirElement.ucum(BigDecimal.valueOf(d.morningStiffnessMinutes()), "min", "min"));
            bundle.add(stiffness, uuid(id, "morning-stiffness"));
        }

        CheckInDetails.RestlessLegs restless = d.restlessLegs();
        if (!restless.isEmpty()) {
            FhirElement urge = observation(checkIn, subject, when, ObservationCode.RESTLESS_LEGS_URGE.concept());
            if (restless.urge() != null) {
                urge.set("valueInteger", restless.urge());
            } else {
                urge.set(
                        "dataAbsentReason",
                        FhirElement.concept(
                                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-asked", "Not Asked"));
            }
            feature(urge, ObservationCode.WORSE_AT_REST, restless.worseAtRest());
            feature(urge, ObservationCode.RELIEF_BY_MOVEMENT, restless.reliefByMovement());
            feature(urge, ObservationCode.WORSE_EVENING_OR_NIGHT, restless.worseEveningOrNight());
            bundle.add(urge, uuid(id, "restless-legs"));
        }

        if (!d.redFlags().isEmpty()) {
            FhirElement flags = observation(checkIn, subject, when, ObservationCode.RED_FLAG.concept());
            for (RedFlag flag : d.redFlagsByUrgency()) {
                flags.addNew("component")
                        .set("code", ObservationCode.RED_FLAG.concept())
                        .set(
                                "valueCodeableConcept",
                                FhirElement.concept(
                                        FhirCodes.RED_FLAG_CODES,
                                        flag.code(),
                                        definitions.label("redFlag." + flag.code() + ".question")));
            }
            bundle.add(flags, uuid(id, "red-flags"));
        }

        int n = 0;
        for (CheckInDetails.MedicationUse medication : d.medications()) {
            bundle.add(medication(checkIn, medication, subject, when), uuid(id, "medication", Integer.toString(n++)));
        }
    }

    private FhirElement observation(CheckIn checkIn, FhirElement subject, String when, FhirElement code) {
        return FhirElement.resource("Observation")
                .set("status", checkIn.corrected() ? "amended" : "final")
                .add("category", FhirElement.concept(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey"))
                .set("code", code)
                .set("subject", subject)
                .set("effectiveDateTime", when)
                .set("issued", checkIn.savedAt().toString())
                // A diary is reported by the person themselves, unless a carer they invited entered it for them.
                .add(
                        "performer",
                        checkIn.enteredBy() == null
                                ? subject
                                : new FhirElement()
                                        .set("type", "RelatedPerson")
                                        .set("display", checkIn.enteredBy() + " (carer)"));
    }

    /** LOINC pain severity, with Legible's code for overall leg and foot pain beside it when that is what it is. */
    private static FhirElement painSeverity(ObservationCode alsoCoded) {
        FhirElement code = FhirElement.concept(
                FhirCodes.LOINC, FhirCodes.LOINC_PAIN_SEVERITY, FhirCodes.LOINC_PAIN_SEVERITY_DISPLAY);
        if (alsoCoded != null) {
            code.add("coding", alsoCoded.coding());
        }
        return code;
    }

    /**
     * An answer to an own item: Legible's own-item code with the person's name for it as the text; a scale as a
     * whole number with its top (its bottom is 0), yes or no as a boolean, a number with the person's unit (free text,
     * not UCUM), a word as a string.
     */
    private void ownAnswer(
            FhirBundle bundle, CheckIn checkIn, FhirElement subject, String when, OwnItem item, String value) {
        FhirElement observation = observation(
                checkIn, subject, when, ObservationCode.OWN_ITEM.concept().set("text", item.name()));
        switch (item.kind()) {
            case SCALE -> {
                observation.set("valueInteger", Integer.parseInt(value));
                observation
                        .addNew("component")
                        .set("code", ObservationCode.SCALE_MAXIMUM.concept())
                        .set("valueInteger", 10);
            }
            case YES_NO -> observation.set("valueBoolean", "yes".equals(value));
            case NUMBER -> observation.set("valueQuantity", FhirElement.quantity(new BigDecimal(value), item.unit()));
            case WORDS -> observation.set("valueString", value);
        }
        bundle.add(observation, uuid(checkIn.id().value(), "own-item", item.id()));
    }

    private void score(
            FhirBundle bundle,
            CheckIn checkIn,
            FhirElement subject,
            String when,
            ObservationCode code,
            Integer value,
            String kind) {
        if (value != null) {
            bundle.add(
                    observation(checkIn, subject, when, code.concept()).set("valueInteger", value),
                    uuid(checkIn.id().value(), kind));
        }
    }

    private static void feature(FhirElement observation, ObservationCode code, Boolean value) {
        if (value != null) {
            observation.addNew("component").set("code", code.concept()).set("valueBoolean", value);
        }
    }

    /** The site's SNOMED CT body structure where one exists, laterality as a qualifier, and Legible's site code. */
    private FhirElement bodySite(BodySite site) {
        FhirElement concept = laterality(
                site.side().snomedLaterality(), site.side() == org.legible.bodymap.Side.LEFT ? "Left" : "Right");
        site.region()
                .snomedBodyStructure()
                .ifPresent(code -> concept.add("coding", FhirElement.coding(FhirCodes.SNOMED, code, null)));
        site.region()
                .snomedLateralised(site.side())
                .ifPresent(code -> concept.add("coding", FhirElement.coding(FhirCodes.SNOMED, code, null)));
        return concept.add("coding", FhirElement.coding(FhirCodes.SITE_CODES, site.code(), definitions.siteLabel(site)))
                .set("text", definitions.siteLabel(site));
    }

    /** A body site's CodeableConcept begun with its laterality (an extension, which FHIR writes first). */
    private static FhirElement laterality(String snomed, String display) {
        return new FhirElement()
                .extension(
                        FhirCodes.LATERALITY_EXTENSION,
                        "CodeableConcept",
                        FhirElement.concept(FhirCodes.SNOMED, snomed, display));
    }

    private FhirElement medication(
            CheckIn checkIn, CheckInDetails.MedicationUse medication, FhirElement subject, String when) {
        FhirElement statement = FhirElement.resource("MedicationStatement")
                .set("status", "active")
                .set("medicationCodeableConcept", FhirElement.conceptText(medication.name()))
                .set("subject", subject)
                .set("effectiveDateTime", when)
                .set("dateAsserted", checkIn.savedAt().toString());
        if (medication.helped() != null) {
            statement.note(definitions.label("helped." + medication.helped().code()));
        }
        Boolean asNeeded =
                medication.schedule() == null ? null : medication.schedule() == Vocabulary.MedicationSchedule.AS_NEEDED;
        StringBuilder text = new StringBuilder();
        if (medication.dose() != null) {
            text.append(medication.dose().toPlainString());
            if (medication.unit() != null) {
                text.append(' ').append(medication.unit());
            }
        }
        if (asNeeded != null) {
            text.append(text.isEmpty() ? "" : ", ").append(asNeeded ? "as needed" : "scheduled");
        }
        if (text.isEmpty()) {
            return statement; // a dose or a schedule is always in the words, so without words a dosage is empty
        }
        FhirElement dosage = statement.addNew("dosage").set("text", text.toString());
        if (asNeeded != null) {
            dosage.set("asNeededBoolean", asNeeded);
        }
        if (medication.dose() != null) {
            FhirElement dose = FhirElement.quantity(medication.dose(), medication.unit());
            if (medication.unit() != null) {
                FhirCodes.ucumDose(medication.unit())
                        .ifPresent(code -> dose.set("system", FhirCodes.UCUM).set("code", code));
            }
            dosage.addNew("doseAndRate").set("doseQuantity", dose);
        }
        return statement;
    }

    private FhirElement response(Assessment assessment, FhirElement subject) {
        FhirElement response = FhirDefinitions.response(
                assessment.version(), subject, assessment.completedAt().toString());
        Map<String, String> answers = assessment.answers().answers();
        QuestionnaireDefinition definition = assessment.instrument().definition();
        for (QuestionnaireDefinition.Section section : definition.sections()) {
            FhirElement group = null;
            for (QuestionnaireDefinition.Item item : section.items()) {
                String answer = answers.get(item.code());
                if (answer == null) {
                    continue;
                }
                if (group == null) {
                    group = response.addNew("item").set("linkId", section.code());
                }
                FhirElement given =
                        group.addNew("item").set("linkId", item.code()).addNew("answer");
                switch (item.type()) {
                    case CHECK, YES_NO -> given.set("valueBoolean", "yes".equals(answer));
                    case SEVERITY -> given.set("valueInteger", Integer.parseInt(answer));
                    case YES_NO_UNSURE ->
                        given.set(
                                "valueCoding",
                                FhirElement.coding(
                                        FhirCodes.ANSWER_CODES, answer, FhirDefinitions.answerDisplay(answer)));
                    case NUMBER -> {
                        if (item.unit() == null) {
                            given.set("valueDecimal", new BigDecimal(answer));
                        } else {
                            given.set(
                                    "valueQuantity",
                                    FhirElement.ucum(new BigDecimal(answer), item.unit(), item.unit()));
                        }
                    }
                }
            }
        }
        return response;
    }

    private static String uuid(String... parts) {
        return FhirBundle.uuid(parts);
    }
}
