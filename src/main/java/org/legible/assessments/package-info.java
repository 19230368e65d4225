/**
 * Screening assessments, scored as pure domain code: so far the ACR 2016 fibromyalgia criteria (self-report screen)
 * with the pre-fill of its leg areas from the body map, and the IRLSSG 2014 restless-legs criteria 1-4 with the AASM
 * iron thresholds and a pre-fill from daily answers, and the neuropathic descriptor profile read from check-ins. Every fact cites ../shared/clinical_reference.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bodymap", "diary"})
package org.legible.assessments;
