package org.legible.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.legible.insights.InsightLabels;
import org.legible.reports.ClinicianReport;
import org.legible.reports.ClinicianReports;
import org.legible.reports.Paper;
import org.legible.reports.PdfNotMade;
import org.legible.reports.ReportRequest;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.SharedRecords;
import org.legible.sharing.Shares;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a clinician sees first through a share's link, without an account: the report for the share's days, its PDF,
 * and the FHIR download if the person allowed it. With a share that shows history, the report's figures link to the
 * days behind them (SharedHistoryController). Every opening and download is written to the owner's access log.
 */
@Controller
record SharedReportController(
        Shares shares, ShareGate gate, ClinicianReports reports, SharedRecords records, MessageSource messages) {

    @GetMapping(ShareGate.PATH + "{link}")
    String report(
            @PathVariable String link, Locale locale, Model model, HttpSession session, HttpServletResponse response) {
        Shares.Found found = gate.open(link, response);
        Optional<String> refusal = gate.refusal(found, link, session, response);
        if (refusal.isPresent()) {
            if (refusal.get().startsWith("redirect:")) {
                model.addAttribute("link", link);
                return "sharing/passcode";
            }
            return refusal.get();
        }
        shares.record(found, AccessEvent.Kind.OPENED);
        SharedPages.addTo(model, link, found.share(), "report");
        model.addAttribute("report", report(found));
        model.addAttribute("labels", new InsightLabels(messages, locale));
        if (found.share().scope().showsHistory()) {
            model.addAttribute("drill", ShareGate.PATH + link + "/days");
        }
        return "sharing/shared-report";
    }

    /** A passcode typed for a share that asks for one; right, this browser may open it until its session ends. */
    @PostMapping(ShareGate.PATH + "{link}")
    String passcode(
            @PathVariable String link,
            @RequestParam(required = false) String passcode,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Shares.Found found = gate.open(link, response);
        Optional<String> refusal = gate.refusal(found, link, null, response);
        if (refusal.isPresent() && !refusal.get().startsWith("redirect:")) {
            return refusal.get();
        }
        Shares.PasscodeOutcome outcome = shares.tryPasscode(found, passcode, request.getRemoteAddr());
        if (outcome.accepted()) {
            gate.unlock(found, request.getSession());
            return "redirect:" + ShareGate.PATH + link;
        }
        model.addAttribute("link", link);
        if (!outcome.waitFor().isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, String.valueOf(outcome.waitFor().toSeconds()));
            model.addAttribute(
                    "problem",
                    messages.getMessage(
                            "shared.passcode.wait",
                            new Object[] {outcome.waitFor().toMinutes() + 1},
                            locale));
        } else {
            response.setStatus(422);
            model.addAttribute("problem", messages.getMessage("shared.passcode.wrong", null, locale));
        }
        return "sharing/passcode";
    }

    @GetMapping(ShareGate.PATH + "{link}/report.pdf")
    String pdf(@PathVariable String link, Locale locale, HttpSession session, HttpServletResponse response)
            throws IOException {
        Shares.Found found = gate.open(link, response);
        Optional<String> refusal = gate.refusal(found, link, session, response);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        ClinicianReport report = report(found);
        byte[] pdf;
        try {
            pdf = reports.pdf(report, locale);
        } catch (PdfNotMade notMade) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        shares.record(found, AccessEvent.Kind.PDF);
        download(
                        response,
                        MediaType.APPLICATION_PDF_VALUE,
                        "legible-report-" + report.request().from() + "-to-"
                                + report.request().to() + ".pdf")
                .write(pdf);
        return null;
    }

    /** The share's days as a FHIR Bundle; a share the person did not allow it for has no such address. */
    @GetMapping(ShareGate.PATH + "{link}/record.fhir.json")
    String fhir(@PathVariable String link, HttpSession session, HttpServletResponse response) throws IOException {
        Shares.Found found = gate.open(link, response);
        if (!found.share().withFhir()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<String> refusal = gate.refusal(found, link, session, response);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        LocalDate today = reports.today(found.owner());
        LocalDate from = found.share().fromOn(today);
        LocalDate to = found.share().toOn(today);
        shares.record(found, AccessEvent.Kind.FHIR);
        // Written a resource at a time, as the person's own export is (interop/fhir/FhirBundle.java): a share may
        // cover years.
        records.writeFhir(
                found.owner(),
                from,
                to,
                download(response, "application/fhir+json", "legible-fhir-" + from + "-to-" + to + ".json"));
        return null;
    }

    private ClinicianReport report(Shares.Found found) {
        LocalDate today = reports.today(found.owner());
        return reports.report(
                found.owner(),
                new ReportRequest(found.share().fromOn(today), found.share().toOn(today), Paper.A4, null, null));
    }

    /**
     * Readies the response for a file the browser keeps rather than shows, and returns where to write it; the handler
     * then returns no view name, so Spring leaves the written response as it is.
     */
    private static OutputStream download(HttpServletResponse response, String type, String fileName)
            throws IOException {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return response.getOutputStream();
    }
}
