/**
 * Screening assessments: the ACR 2016 fibromyalgia criteria (self-report screen) with its leg areas suggested from
 * the body map, the IRLSSG 2014 restless-legs criteria 1-4 with the AASM iron thresholds, and the neuropathic
 * descriptor profile read from check-ins. Questionnaires are data ({@link org.legible.assessments.QuestionnaireDefinition});
 * answers are stored item by item with their version and scored on reading. Scores measured elsewhere (FIQR) and
 * reminder intervals live here too. Every fact cites docs/clinical-basis.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "bodymap", "diary", "system::sql"})
package org.legible.assessments;
