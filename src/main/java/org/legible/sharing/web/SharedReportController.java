package org.legible.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.legible.insights.InsightLabels;
import org.legible.reports.ClinicianReport;
import org.legible.reports.ClinicianReports;
import org.legible.reports.Paper;
import org.legible.reports.PdfNotMade;
import org.legible.reports.ReportRequest;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Shares;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a clinician sees through a share's link, without an account: the report for the share's days and its PDF,
 * nothing else. A link that never was is not found; one revoked or past its end says only that it has ended. Every
 * opening and download is written to the owner's access log. A share with a passcode asks for it once per browser
 * session. Nothing here is kept by a browser or a search engine.
 */
@Controller
class SharedReportController {

    static final String PATH = "/shared/";

    private static final String UNLOCKED = SharedReportController.class.getName() + ".unlocked";

    private final Shares shares;
    private final ClinicianReports reports;
    private final MessageSource messages;
    private final Clock clock;

    SharedReportController(Shares shares, ClinicianReports reports, MessageSource messages, Clock clock) {
        this.shares = shares;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH + "{link}")
    String report(
            @PathVariable String link, Locale locale, Model model, HttpSession session, HttpServletResponse response) {
        privately(response);
        Shares.Found found = open(link);
        if (!found.share().openAt(clock.instant())) {
            response.setStatus(HttpStatus.GONE.value());
            return "sharing/ended";
        }
        if (!unlocked(found, session)) {
            model.addAttribute("link", link);
            return "sharing/passcode";
        }
        shares.record(found, AccessEvent.Kind.OPENED);
        model.addAttribute("report", report(found));
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("pdfLink", PATH + link + "/report.pdf");
        return "sharing/shared-report";
    }

    /** A passcode typed for a share that asks for one; right, this browser may open it until its session ends. */
    @PostMapping(PATH + "{link}")
    String passcode(
            @PathVariable String link,
            @RequestParam(required = false) String passcode,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        privately(response);
        Shares.Found found = open(link);
        if (!found.share().openAt(clock.instant())) {
            response.setStatus(HttpStatus.GONE.value());
            return "sharing/ended";
        }
        Shares.PasscodeOutcome outcome = shares.tryPasscode(found, passcode, request.getRemoteAddr());
        if (outcome.accepted()) {
            unlock(found, request.getSession());
            return "redirect:" + PATH + link;
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

    @GetMapping(PATH + "{link}/report.pdf")
    Object pdf(@PathVariable String link, Locale locale, HttpSession session, HttpServletResponse response)
            throws IOException {
        privately(response);
        Shares.Found found = open(link);
        if (!found.share().openAt(clock.instant())) {
            response.setStatus(HttpStatus.GONE.value());
            return "sharing/ended";
        }
        if (!unlocked(found, session)) {
            return "redirect:" + PATH + link;
        }
        ClinicianReport report = report(found);
        byte[] pdf;
        try {
            pdf = reports.pdf(report, locale);
        } catch (PdfNotMade notMade) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        shares.record(found, AccessEvent.Kind.PDF);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("legible-report-" + report.request().from() + "-to-"
                                        + report.request().to() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(pdf);
    }

    /** The share a link names, open or ended; a link that never was is not found, as any missing page. */
    private Shares.Found open(String link) {
        return shares.find(link).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ClinicianReport report(Shares.Found found) {
        LocalDate today = reports.today(found.owner());
        return reports.report(
                found.owner(),
                new ReportRequest(found.share().fromOn(today), found.share().toOn(today), Paper.A4, null, null));
    }

    /** Whether this browser may open the share: it asks for no passcode, or the right one was typed here. */
    private static boolean unlocked(Shares.Found found, HttpSession session) {
        if (!found.share().asksPasscode()) {
            return true;
        }
        return session != null
                && session.getAttribute(UNLOCKED) instanceof Set<?> opened
                && opened.contains(found.share().id().toString());
    }

    private static void unlock(Shares.Found found, HttpSession session) {
        Set<String> opened = new HashSet<>();
        if (session.getAttribute(UNLOCKED) instanceof Set<?> before) {
            before.forEach(id -> opened.add(id.toString()));
        }
        opened.add(found.share().id().toString());
        session.setAttribute(UNLOCKED, opened);
    }

    private static void privately(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
