package org.legible.sharing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.SignInSteps;
import org.legible.insights.InsightLabels;
import org.legible.reports.ClinicianReports;
import org.legible.sharing.Share;
import org.legible.sharing.Shares;
import org.legible.system.qr.QrCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The person's side of sharing: their shares (open and ended), a new one, revoking one, and the access log. A new
 * share's link is shown once, on the page after it is made; only its hash is kept.
 */
@Controller
record SharingController(
        Shares shares,
        Accounts accounts,
        SignInSteps signInSteps,
        ClinicianReports reports,
        MessageSource messages,
        java.time.Clock clock) {

    /** One share as the list shows it: open or not, and its days and end in the person's own calendar. */
    record Row(Share share, boolean open, LocalDate from, LocalDate to, LocalDate endsOn) {}

    @GetMapping("/sharing")
    String list(AccountId account, Locale locale, Model model) {
        if (model.getAttribute("createdLink") instanceof String link) {
            model.addAttribute("createdQr", QrCode.of(link));
        }
        ZoneId zone = accounts.preferences(account).timeZone();
        LocalDate today = reports.today(account);
        Instant now = clock.instant();
        List<Row> rows = shares.list(account).stream()
                .map(s -> new Row(
                        s,
                        s.openAt(now),
                        s.fromOn(today),
                        s.toOn(today),
                        LocalDate.ofInstant(s.revokedAt() != null ? s.revokedAt() : s.expiresAt(), zone)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("labels", new InsightLabels(messages, locale));
        return "sharing/shares";
    }

    /**
     * Before the first share, a person without a second sign-in step is asked to add one (and may go on without:
     * {@code stronger=later}).
     */
    @GetMapping("/sharing/new")
    @RequiresRecentPassphrase
    String newShare(AccountId account, @RequestParam(required = false) String stronger, Model model) {
        if (!"later".equals(stronger)
                && !signInSteps.methods(account).stronger()
                && shares.list(account).isEmpty()) {
            model.addAttribute("why", "sharing.stronger.why");
            model.addAttribute("next", "/sharing/new");
            return "accounts/stronger-first";
        }
        return form(account, ShareForm.blank(), Map.of(), model);
    }

    /**
     * Checked again on sending, not only when the form was opened, so a session taken over cannot make a share by
     * posting directly; after ten quiet minutes the person confirms and fills the short form again.
     */
    @PostMapping("/sharing")
    @RequiresRecentPassphrase
    String create(
            AccountId account,
            @ModelAttribute ShareForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, ShareForm.Problem> problems = new LinkedHashMap<>();
        Optional<Shares.NewShare> checked = form.check(reports.today(account), problems);
        if (checked.isEmpty()) {
            response.setStatus(422);
            return form(account, form, messages(problems, locale), model);
        }
        Shares.Created created = shares.create(account, checked.get());
        redirect.addFlashAttribute(
                "createdLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/shared/" + created.link())
                        .build()
                        .toUriString());
        redirect.addFlashAttribute("createdLabel", created.share().label());
        return "redirect:/sharing";
    }

    /**
     * The change form for an open share of the person's: what it shows, its days, how long from now, its label and
     * passcode. Widening or extending what someone else sees needs the passphrase like making a share.
     */
    @GetMapping("/sharing/{id}/edit")
    @RequiresRecentPassphrase
    String editShare(AccountId account, @PathVariable String id, Model model) {
        Optional<Share> share = openShare(account, id);
        if (share.isEmpty()) {
            return "redirect:/sharing";
        }
        return changeForm(account, share.get(), ShareForm.of(share.get(), clock.instant()), Map.of(), model);
    }

    @PostMapping("/sharing/{id}")
    @RequiresRecentPassphrase
    String change(
            AccountId account,
            @PathVariable String id,
            @ModelAttribute ShareForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Share> share = openShare(account, id);
        if (share.isEmpty()) {
            return "redirect:/sharing";
        }
        Map<String, ShareForm.Problem> problems = new LinkedHashMap<>();
        Optional<Shares.NewShare> checked = form.check(reports.today(account), problems);
        if (checked.isEmpty()) {
            response.setStatus(422);
            return changeForm(account, share.get(), form, messages(problems, locale), model);
        }
        if (shares.change(account, share.get().id(), checked.get(), form.passcodeChange())) {
            redirect.addFlashAttribute("changedLabel", checked.get().label().strip());
        }
        return "redirect:/sharing";
    }

    /** An open share of the person's by the id in an address; nothing for another's, an ended one or a malformed id. */
    private Optional<Share> openShare(AccountId account, String id) {
        Instant now = clock.instant();
        return shares.list(account).stream()
                .filter(s -> s.id().toString().equals(id) && s.openAt(now))
                .findFirst();
    }

    @PostMapping("/sharing/{id}/revoke")
    String revoke(AccountId account, @PathVariable String id, RedirectAttributes redirect) {
        try {
            if (shares.revoke(account, UUID.fromString(id))) {
                redirect.addFlashAttribute("revoked", true);
            }
        } catch (IllegalArgumentException malformed) {
            // Not an id of anyone's: nothing to end.
        }
        return "redirect:/sharing";
    }

    /** The access log, a page at a time; a page number that is not a small whole number shows the first. */
    @GetMapping("/access-log")
    String accessLog(AccountId account, @RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        int number;
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        Shares.LogPage log = shares.accessLog(account, number < 0 || number > 100_000 ? 0 : number);
        model.addAttribute("events", log.events());
        model.addAttribute("page", log.page());
        model.addAttribute("hasOlder", log.hasOlder());
        model.addAttribute("zone", accounts.preferences(account).timeZone());
        model.addAttribute("labels", new InsightLabels(messages, locale));
        return "sharing/access-log";
    }

    private Map<String, String> messages(Map<String, ShareForm.Problem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, p) -> errors.put(field, messages.getMessage(p.key(), p.args(), locale)));
        return errors;
    }

    private String changeForm(AccountId account, Share share, ShareForm form, Map<String, String> errors, Model model) {
        model.addAttribute("changing", share);
        return form(account, form, errors, model);
    }

    private String form(AccountId account, ShareForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", reports.today(account).toString());
        model.addAttribute("lastsChoices", Shares.LASTS_DAYS);
        model.addAttribute("rollingChoices", Shares.ROLLING_DAYS);
        return "sharing/new";
    }
}
