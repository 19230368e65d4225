package org.legible.importers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.legible.importers.CsvImports;
import org.legible.importers.FileImporter;
import org.legible.importers.ImportJobs;
import org.legible.importers.KeptAsideFiles;
import org.legible.importers.StagedFiles;
import org.legible.importers.files.UnreadableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every upload of the import page shares (issue 33: one home, so no controller injects another): the page itself,
 * an empty field or a full waiting room said beside the field on it (422), the upload kept aside for the next step, the
 * kept file found for its mapping page (any CSV and Flaredown alike), the mapping form's last step (the import started,
 * or the preview), and a kept file that cannot be read said on its mapping page (422).
 */
@Component
record ImportUploads(
        ImportJobs jobs,
        StagedFiles staged,
        CsvImports kept,
        HealthMeasures measures,
        Accounts accounts,
        MessageSource messages) {

    /** What comes after an upload is kept aside: a redirect to the next page, from the copy Legible now owns. */
    interface NextStep {
        String from(Path copy) throws IOException;
    }

    /** A mapping page drawn again with the first rows as they would be read. */
    interface Preview {
        String page() throws IOException;
    }

    /** The import page: what was brought in, what is still running. */
    String page(AccountId account, Model model) {
        model.addAttribute("imports", measures.imports(account));
        model.addAttribute("running", jobs.unfinished(account));
        model.addAttribute("zone", accounts.preferences(account).timeZone());
        return "importers/health";
    }

    /**
     * Keeps the upload of {@code field} aside and goes on with {@code next}; or the import page again (422) with
     * "choose a file" or "too many waiting" beside the field.
     */
    String keep(
            MultipartFile file,
            String field,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            NextStep next)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refuse(
                    field, account, model, response, messages.getMessage("healthImport.error.noFile", null, locale));
        }
        // The upload's own temporary file goes when this request ends; what comes next gets a copy it owns.
        Path copy;
        try {
            copy = staged.keep(account, file);
        } catch (StagedFiles.TooManyWaitingException e) {
            return refuse(
                    field,
                    account,
                    model,
                    response,
                    messages.getMessage("healthImport.error.tooManyWaiting", new Object[] {staged.maxFiles()}, locale));
        }
        try {
            return next.from(copy);
        } catch (RuntimeException e) {
            java.nio.file.Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** A file kept aside for the person to map its columns (any CSV or Flaredown's), or not found. */
    KeptAsideFiles.Staged kept(AccountId account, String id) {
        return kept.staged(account, id).orElseThrow(ImportUploads::notFound);
    }

    /**
     * A mapping form whose fields hold: "Bring it in" takes the kept file and starts the import as a background job
     * (its page next); anything else draws the mapping page again with the preview.
     */
    String importOrPreview(
            AccountId account, String id, Map<String, String> params, FileImporter importer, Preview preview)
            throws IOException {
        if (!"import".equals(params.get("action"))) {
            return preview.page();
        }
        KeptAsideFiles.Staged taken = kept.take(account, id).orElseThrow(ImportUploads::notFound);
        return "redirect:/import/health/jobs/" + jobs.start(account, taken.fileName(), taken.file(), importer);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A kept file that cannot be read: its mapping page (422) says why and where. */
    void unreadable(
            KeptAsideFiles.Staged file, UnreadableExport e, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("file", file);
        model.addAttribute("unreadable", Uploads.unreadable(messages, e, locale));
    }

    private String refuse(String field, AccountId account, Model model, HttpServletResponse response, String error) {
        response.setStatus(422);
        model.addAttribute("errorField", field);
        model.addAttribute("error", error);
        return page(account, model);
    }
}
