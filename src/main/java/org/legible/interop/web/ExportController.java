package org.legible.interop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.legible.accounts.AccountId;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.diary.Diary;
import org.legible.diary.Limits;
import org.legible.interop.csv.CsvExport;
import org.legible.interop.fhir.FhirExport;
import org.legible.interop.json.JsonExport;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Shares;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's full export as a download, JSON or CSV (docs/export-format.md). */
@Controller
record ExportController(JsonExport export, CsvExport csv, FhirExport fhir, Diary diary, Shares accessLog) {

    /** The same data as tidy CSV tables in a zip (docs/export-format.md). */
    @RequiresRecentPassphrase
    @GetMapping("/export/legible-csv.zip")
    void csv(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"legible-export-" + diary.today(account) + "-csv.zip\"");
        accessLog.recordOwn(account, AccessEvent.Kind.EXPORT_CSV);
        csv.write(export.document(account), response.getOutputStream());
    }

    /** Everything recorded, as a FHIR R4 Bundle for a clinic's record system (docs/fhir.md); no e-mail address. */
    @RequiresRecentPassphrase
    @GetMapping("/export/legible-fhir.json")
    void fhir(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType("application/fhir+json");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"legible-fhir-" + diary.today(account) + ".json\"");
        accessLog.recordOwn(account, AccessEvent.Kind.EXPORT_FHIR);
        fhir.write(account, Limits.EARLIEST_DAY, diary.today(account), false, response.getOutputStream());
    }

    @RequiresRecentPassphrase
    @GetMapping("/export/legible.json")
    void json(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"legible-export-" + diary.today(account) + ".json\"");
        accessLog.recordOwn(account, AccessEvent.Kind.EXPORT_JSON);
        export.write(account, response.getOutputStream());
    }
}
