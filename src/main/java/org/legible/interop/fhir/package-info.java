/** The FHIR R4 Bundle (docs/fhir.md); the API and a clinician share serve the same Bundle. */
@org.springframework.modulith.NamedInterface("fhir")
package org.legible.interop.fhir;
