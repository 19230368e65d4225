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

    /** An extension on a bodySite CodeableConcept carrying the SNOMED CT laterality qualifier (docs/clinical-basis.md, "Codes"). */
    static final String LATERALITY_EXTENSION = BASE + "/StructureDefinition/laterality";

    static String questionnaire(String instrumentVersion) {
        return BASE + "/Questionnaire/" + instrumentVersion;
    }

    private FhirCodes() {}
}
