package org.legible.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.Limits;
import org.legible.interop.fhir.FhirExport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The diary for a period as a FHIR R4 collection Bundle (docs/fhir.md). */
@RestController
record FhirApiController(FhirExport fhir, Diary diary) {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    /** JSON only: asked for XML (application/fhir+xml), it answers 406 rather than JSON under another name. */
    @GetMapping(
            path = "/api/v1/fhir/Bundle",
            produces = {"application/fhir+json", "application/json"})
    void bundle(
            AccountId account,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String includeEmail,
            HttpServletResponse response)
            throws IOException {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = day("from", from, Limits.EARLIEST_DAY, errors);
        LocalDate last = day("to", to, diary.today(account), errors);
        boolean email = "true".equals(includeEmail);
        if (includeEmail != null && !email && !"false".equals(includeEmail)) {
            errors.add(new FieldError("includeEmail", "Must be true or false."));
        }
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "Must not be after 'to'."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        // Written a resource at a time: years of diary are never held whole in memory (interop/fhir/FhirBundle.java).
        response.setContentType(FHIR_JSON.toString());
        fhir.write(account, first, last, email, response.getOutputStream());
    }

    static LocalDate day(String name, String text, LocalDate absent, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "Must be an ISO date, for example 2026-03-31."));
            return absent;
        }
    }
}
