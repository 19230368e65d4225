package org.legible.interop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.interop.csv.CsvExport;
import org.legible.interop.json.JsonExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's full export as a download, JSON or CSV (docs/export-format.md). */
@Controller
class ExportController {

    private final JsonExport export;
    private final CsvExport csv;
    private final Diary diary;

    ExportController(JsonExport export, CsvExport csv, Diary diary) {
        this.export = export;
        this.csv = csv;
        this.diary = diary;
    }

    /** The same data as tidy CSV tables in a zip (docs/export-format.md). */
    @GetMapping("/export/legible-csv.zip")
    void csv(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"legible-export-" + diary.today(account) + "-csv.zip\"");
        csv.write(export.document(account), response.getOutputStream());
    }

    @GetMapping("/export/legible.json")
    void json(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"legible-export-" + diary.today(account) + ".json\"");
        export.write(account, response.getOutputStream());
    }
}
