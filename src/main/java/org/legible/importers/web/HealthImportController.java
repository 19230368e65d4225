package org.legible.importers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.legible.importers.AppleHealthImports;
import org.legible.importers.FileImporter;
import org.legible.importers.FitbitImports;
import org.legible.importers.ImportJobs;
import org.legible.importers.fitbit.StepClock;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bringing in sleep and steps: upload an Apple Health export (the phone's {@code export.zip} or its
 * {@code export.xml}) or a Fitbit export from Google Takeout, follow its import on a page of its own (which can be left: the import goes on), see every
 * import with what it added, and undo one as a whole. A file that cannot be read ends its job with where it broke;
 * nothing of it is saved.
 */
@Controller
record HealthImportController(
        ImportJobs jobs,
        ImportUploads uploads,
        AppleHealthImports appleHealth,
        FitbitImports fitbit,
        HealthMeasures measures,
        MessageSource messages) {

    @GetMapping("/import/health")
    String page(AccountId account, Model model) {
        return uploads.page(account, model);
    }

    @PostMapping("/import/health")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        return start(file, appleHealth, "file", account, model, locale, response);
    }

    @PostMapping("/import/health/fitbit")
    String uploadFitbit(
            @RequestParam(name = "fitbitFile", required = false) MultipartFile file,
            @RequestParam(name = "stepClock", required = false) String clock,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        StepClock stepClock = stepClock(clock);
        if (stepClock == null) {
            // Only a hand-made request can send another value; the form offers three.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return start(file, fitbit.reading(stepClock), "fitbitFile", account, model, locale, response);
    }

    private static StepClock stepClock(String given) {
        if (given == null || given.isBlank()) {
            return StepClock.AUTO;
        }
        for (StepClock clock : StepClock.values()) {
            if (clock.name().equalsIgnoreCase(given.strip())) {
                return clock;
            }
        }
        return null;
    }

    private String start(
            MultipartFile file,
            FileImporter importer,
            String field,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        return uploads.keep(
                file,
                field,
                account,
                model,
                locale,
                response,
                copy -> "redirect:/import/health/jobs/"
                        + jobs.start(account, file.getOriginalFilename(), copy, importer));
    }

    /** How far an import is; when it has finished, what it added or why it could not. */
    @GetMapping("/import/health/jobs/{id}")
    String job(@PathVariable String id, AccountId account, Model model, Locale locale) {
        ImportJobs.Progress job =
                jobs.progress(account, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        model.addAttribute("status", status(job, locale));
        model.addAttribute("error", error(job, locale));
        return "importers/health-job";
    }

    /** The same, for the page's script to move the bar without reloading. */
    @GetMapping(path = "/import/health/jobs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable String id, AccountId account, Locale locale) {
        ImportJobs.Progress job =
                jobs.progress(account, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of(
                "state", job.state().name(),
                "finished", job.state().finished(),
                "percent", job.percent(),
                "status", status(job, locale));
    }

    private String status(ImportJobs.Progress job, Locale locale) {
        return messages.getMessage(
                "healthImport.job.status." + job.state().name().toLowerCase(Locale.ROOT),
                new Object[] {megabytes(job.bytesRead()), megabytes(job.totalBytes()), job.recordsFound()},
                locale);
    }

    private String error(ImportJobs.Progress job, Locale locale) {
        if (job.error() == null) {
            return null;
        }
        String reason = messages.getMessage("healthImport.error." + job.error(), null, locale);
        if (job.errorLine() > 0 && job.errorPart() != null) {
            // A CSV's part is the column that broke; a zip's is the file in it.
            String where = job.error().startsWith("csv.") || job.error().startsWith("flaredown.")
                    ? "healthImport.error.atLineIn"
                    : "healthImport.error.atLineOf";
            return messages.getMessage(where, new Object[] {reason, job.errorLine(), job.errorPart()}, locale);
        }
        return job.errorLine() > 0
                ? messages.getMessage("healthImport.error.atLine", new Object[] {reason, job.errorLine()}, locale)
                : reason;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }

    @PostMapping("/import/health/{id}/undo")
    String undo(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!measures.undo(account, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("undone", true);
        return "redirect:/import/health";
    }
}
