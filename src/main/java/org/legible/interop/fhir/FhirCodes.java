package org.legible.interop.fhir;

/**
 * The code systems and canonical URLs of Legible's FHIR export (docs/fhir.md). Standard codes are those of
 * docs/clinical-basis.md ("Codes"); where no standard code exists, Legible's own code systems under {@link #BASE} are used
 * and travel as CodeSystem resources in every Bundle. {@link #BASE} is an identifier, never fetched.
 */
final class FhirCodes {

    static final String BASE = "https://legible.health/fhir";

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** Pain severity, 0–10 verbal numeric rating, reported (docs/clinical-basis.md, "Codes"). */
    static final String LOINC_PAIN_SEVERITY = "72514-3";

    static final String LOINC_PAIN_SEVERITY_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    /** Sleep duration (docs/clinical-basis.md, "Codes"). */
    static final String LOINC_SLEEP_DURATION = "93832-4";

    /**
     * Number of steps in 24 hours, measured, with UCUM {@code 1/(24.h)} (docs/clinical-basis.md, "Codes": the ANS
     * "Mesures de santé" FHIR IG's steps-by-day profile).
     */
    static final String LOINC_STEPS_PER_DAY = "41950-7";

    /** Problem quality or description: the symptom's quality, as the HL7 Symptoms IG codes it (docs/clinical-basis.md). */
    static final String LOINC_PROBLEM_QUALITY = "56823-8";

    /**
     * SNOMED CT codes of the descriptors that the HL7 Symptoms IG's QualityCodes value set holds with the same meaning
     * (docs/clinical-basis.md, "Codes"); the other descriptors have Legible's code only.
     */
    private static final java.util.Map<org.legible.bodymap.Descriptor, String> SNOMED_QUALITIES = java.util.Map.of(
            org.legible.bodymap.Descriptor.ACHING, "27635008",
            org.legible.bodymap.Descriptor.BURNING, "36349006",
            org.legible.bodymap.Descriptor.CRAMPING, "279093005",
            org.legible.bodymap.Descriptor.THROBBING, "29695002",
            org.legible.bodymap.Descriptor.TINGLING, "786837007");

    static java.util.Optional<String> snomedQuality(org.legible.bodymap.Descriptor descriptor) {
        return java.util.Optional.ofNullable(SNOMED_QUALITIES.get(descriptor));
    }

    /** Lower limb structure, for pain in both legs and feet overall (docs/clinical-basis.md, "Codes"). */
    static final String SNOMED_LOWER_LIMB = "61685007";

    /** Right and left, the laterality of "both legs" (docs/clinical-basis.md, "Codes"). */
    static final String SNOMED_RIGHT_AND_LEFT = "51440002";

    static final String OBSERVATION_CODES = BASE + "/CodeSystem/observation";
    static final String SITE_CODES = BASE + "/CodeSystem/leg-foot-site";
    static final String DESCRIPTOR_CODES = BASE + "/CodeSystem/pain-descriptor";
    static final String WOKE_BY_CODES = BASE + "/CodeSystem/woken-by";
    static final String RED_FLAG_CODES = BASE + "/CodeSystem/red-flag";
    static final String ANSWER_CODES = BASE + "/CodeSystem/answer";
    static final String CHECK_UP_ANSWER_CODES = BASE + "/CodeSystem/check-up-answer";
    static final String EXPERIMENT_VERDICT_CODES = BASE + "/CodeSystem/experiment-verdict";

    /** An extension on a bodySite CodeableConcept carrying the SNOMED CT laterality qualifier (docs/clinical-basis.md, "Codes"). */
    static final String LATERALITY_EXTENSION = BASE + "/StructureDefinition/laterality";

    /** UCUM codes for the dose units people type most, by their lower-case spelling; others stay text only. */
    private static final java.util.Map<String, String> UCUM_DOSES = java.util.Map.ofEntries(
            java.util.Map.entry("mg", "mg"),
            java.util.Map.entry("g", "g"),
            java.util.Map.entry("mcg", "ug"),
            java.util.Map.entry("µg", "ug"),
            java.util.Map.entry("μg", "ug"),
            java.util.Map.entry("ug", "ug"),
            java.util.Map.entry("ml", "mL"),
            java.util.Map.entry("l", "L"),
            java.util.Map.entry("iu", "[iU]"),
            java.util.Map.entry("%", "%"),
            java.util.Map.entry("drop", "[drp]"),
            java.util.Map.entry("drops", "[drp]"),
            java.util.Map.entry("tablet", "{tablet}"),
            java.util.Map.entry("tablets", "{tablet}"),
            java.util.Map.entry("capsule", "{capsule}"),
            java.util.Map.entry("capsules", "{capsule}"),
            java.util.Map.entry("puff", "{puff}"),
            java.util.Map.entry("puffs", "{puff}"));

    /** The UCUM code of a dose unit as typed, when it is one of the common ones. */
    static java.util.Optional<String> ucumDose(String unit) {
        return java.util.Optional.ofNullable(
                unit == null ? null : UCUM_DOSES.get(unit.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    static String questionnaire(String instrumentVersion) {
        return BASE + "/Questionnaire/" + instrumentVersion;
    }

    private FhirCodes() {}
}
