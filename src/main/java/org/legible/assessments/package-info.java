/**
 * Screening assessments, scored as pure domain code: so far the ACR 2016 fibromyalgia criteria (self-report screen)
 * and the pre-fill of its leg areas from the body map. Every fact cites ../shared/clinical_reference.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bodymap"})
package org.legible.assessments;
