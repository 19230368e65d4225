package org.legible.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Actor;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.insights.InsightLabels;
import org.legible.insights.PeriodChoice;
import org.legible.reports.ClinicianReport;
import org.legible.reports.ClinicianReports;
import org.legible.reports.Paper;
import org.legible.reports.PdfNotMade;
import org.legible.reports.ReportRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report page: choose a period and paper, optionally a name and a note, see the report, download its PDF. The
 * name and note come only in POST bodies (never in a URL) and are not stored.
 */
@Controller
@RequestMapping("/report")
record ReportController(ClinicianReports reports, MessageSource messages, ApplicationEventPublisher events) {

    static final int DEFAULT_DAYS = 90;

    @ForCarers(CarerGrant.READ)
    @GetMapping
    String page(
            AccountId account,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String paper,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        LocalDate today = reports.today(account);
        ReportForm form;
        if (from != null || to != null) {
            form = new ReportForm(from, to, paper, null, null);
        } else {
            int length = days != null && days >= 1 && days <= PeriodChoice.MAX_DAYS ? days : DEFAULT_DAYS;
            form = new ReportForm(today.minusDays(length - 1L).toString(), today.toString(), paper, null, null);
        }
        return show(account, form, today, locale, model, response);
    }

    @ForCarers(CarerGrant.READ)
    @PostMapping
    String preview(
            AccountId account,
            @ModelAttribute ReportForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return show(account, form, reports.today(account), locale, model, response);
    }

    @ForCarers(CarerGrant.READ)
    @PostMapping("/pdf")
    Object pdf(
            AccountId account,
            Actor actor,
            @ModelAttribute ReportForm form,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        LocalDate today = reports.today(account);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportRequest> request = validate(form, today, errors, locale);
        if (request.isEmpty()) {
            return show(account, form, today, locale, model, response);
        }
        ClinicianReport report = reports.report(account, request.get());
        byte[] pdf;
        try {
            pdf = reports.pdf(report, locale);
        } catch (PdfNotMade notMade) {
            // Not the person's mistake, so no field is marked; what they typed, the note included, stays.
            model.addAttribute(
                    "pdfProblem",
                    message("report.pdfNotMade." + notMade.reason().name(), locale, notMade.limit()));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            return show(account, form, today, locale, model, response);
        }
        events.publishEvent(new ClinicianReports.PdfDownloaded(account, actor.carer()));
        String filename = "legible-report-" + request.get().from() + "-to-"
                + request.get().to() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private String show(
            AccountId account,
            ReportForm form,
            LocalDate today,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportRequest> request = validate(form, today, errors, locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today.toString());
        model.addAttribute("noteLimit", ReportRequest.NOTE_CHARACTERS);
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute(
                "report", request.map(r -> reports.report(account, r)).orElse(null));
        if (!errors.isEmpty()) {
            response.setStatus(422);
        }
        return "reports/report";
    }

    private Optional<ReportRequest> validate(
            ReportForm form, LocalDate today, Map<String, String> errors, Locale locale) {
        Map<String, PeriodChoice.Problem> problems = new LinkedHashMap<>();
        Optional<PeriodChoice> period = PeriodChoice.parse(form.from(), form.to(), today, problems);
        problems.forEach((field, problem) -> errors.put(field, message(problem.key(), locale, problem.args())));
        Optional<Paper> paper = Paper.fromCode(form.paper());
        if (paper.isEmpty()) {
            errors.put("paper", message("report.error.paper", locale));
        }
        if (form.name().strip().length() > ReportRequest.NAME_CHARACTERS) {
            errors.put(
                    "name",
                    message(
                            "report.error.name",
                            locale,
                            ReportRequest.NAME_CHARACTERS,
                            form.name().strip().length()));
        }
        if (form.note().strip().length() > ReportRequest.NOTE_CHARACTERS) {
            errors.put(
                    "note",
                    message(
                            "report.error.note",
                            locale,
                            ReportRequest.NOTE_CHARACTERS,
                            form.note().strip().length()));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportRequest(period.get().from(), period.get().to(), paper.get(), form.name(), form.note()));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
