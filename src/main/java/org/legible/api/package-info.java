/**
 * The JSON API under {@code /api/v1} (issue 33 §2: a leaf module of its own beside the exports it serves): check-ins
 * read, recorded, corrected with {@code If-Match} and deleted through the same rules as the form
 * ({@code diary.CheckInRules}); assessments; the whole export and the FHIR Bundle, as {@code interop} makes them; its
 * OpenAPI document. Bearer tokens only ({@code system.SecurityConfiguration}'s API chain); errors as problem details
 * naming the field. A leaf: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "assessments",
            "bodymap",
            "diary",
            "interop::json",
            "interop::fhir",
            "system::limits"
        })
package org.legible.api;
