package org.legible.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessments;
import org.legible.interop.json.ExportDocument;
import org.legible.interop.json.JsonExport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Screens, clinic scores and the full export through the JSON API, in the export format's shapes. */
@RestController
record DataApiController(Assessments assessments, JsonExport export) {

    /** Every screen (finished or not) and every score from a clinic, as in the export. */
    record AssessmentList(
            List<ExportDocument.Assessment> assessments, List<ExportDocument.OutsideScore> outsideScores) {}

    @GetMapping("/api/v1/assessments")
    AssessmentList assessments(AccountId account) {
        return new AssessmentList(
                assessments.all(account).stream().map(JsonExport::assessment).toList(),
                assessments.outsideScores(account).stream()
                        .map(JsonExport::outsideScore)
                        .toList());
    }

    /** The same bytes as the download on the account page. */
    @GetMapping("/api/v1/export")
    void export(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        export.write(account, response.getOutputStream());
    }
}
