package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.PassphraseCheck;
import org.legible.accounts.PassphrasePolicy;
import org.legible.accounts.Preferences;
import org.legible.accounts.SignInSteps;
import org.legible.accounts.internal.AccountSessions;
import org.legible.accounts.internal.DeviceRememberMe;
import org.legible.accounts.internal.RecentPassphrase;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The account page: passphrase, preferences, invitations (administrator) and deleting the account. */
@Controller
record AccountController(
        Accounts accounts,
        AccountSessions sessions,
        DeviceRememberMe rememberedDevices,
        RecentPassphrase recentPassphrase,
        SignInSteps signInSteps,
        MessageSource messages) {

    record PassphraseForm(String current, String replacement, String replacementConfirm) {}

    /**
     * {@code moodAndStress} is "on" when the check-in should ask about them, {@code cycle} when the person follows
     * their menstrual cycle (checkboxes, absent when unticked).
     */
    record PreferencesForm(String timeZone, String dayBoundary, String moodAndStress, String cycle) {
        static PreferencesForm of(Preferences preferences) {
            return new PreferencesForm(
                    preferences.timeZone().getId(),
                    preferences.dayBoundary().toString(),
                    preferences.asksMoodAndStress() ? "on" : null,
                    preferences.tracksCycle() ? "on" : null);
        }
    }

    record DeleteForm(String passphrase, String confirm) {}

    static final List<String> DAY_BOUNDARIES = List.of(
            "00:00", "01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00", "08:00", "09:00", "10:00", "11:00",
            "12:00");

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    /** A device in the list, its last use written in the person's time zone. */
    record DeviceRow(String id, String label, String lastUsed, boolean current) {}

    @GetMapping("/account")
    String page(AccountId account, Model model, Locale locale, HttpServletRequest request) {
        Preferences preferences = accounts.preferences(account);
        return render(account, model, locale, request, PreferencesForm.of(preferences), Map.of());
    }

    private String render(
            AccountId account,
            Model model,
            Locale locale,
            HttpServletRequest request,
            PreferencesForm preferences,
            Map<String, String> errors) {
        DateTimeFormatter lastUsed = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale)
                .withZone(accounts.preferences(account).timeZone());
        model.addAttribute(
                "devices",
                rememberedDevices.devices(account, request).stream()
                        .map(d -> new DeviceRow(d.id(), d.label(), lastUsed.format(d.lastUsedAt()), d.current()))
                        .toList());
        model.addAttribute("email", accounts.email(account));
        model.addAttribute("admin", accounts.isAdmin(account));
        model.addAttribute("signupOpen", accounts.signupOpen());
        model.addAttribute("preferences", preferences);
        model.addAttribute("zones", ZONES);
        model.addAttribute("boundaries", DAY_BOUNDARIES);
        model.addAttribute("errors", errors);
        model.addAttribute("signInMethods", signInSteps.methods(account));
        return "accounts/account";
    }

    @PostMapping("/account/passphrase")
    String changePassphrase(
            AccountId account,
            @ModelAttribute PassphraseForm form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        PassphrasePolicy.Verdict replacement = PassphrasePolicy.check(form.replacement(), accounts.email(account));
        replacement
                .problem()
                .ifPresent(problem -> errors.put(
                        "replacement",
                        messages.getMessage(
                                problem,
                                new Object[] {PassphrasePolicy.MIN_LENGTH, PassphrasePolicy.MAX_LENGTH},
                                locale)));
        if (!errors.containsKey("replacement")
                && (form.replacementConfirm() == null
                        || !form.replacementConfirm().equals(form.replacement()))) {
            errors.put("replacementConfirm", messages.getMessage("signup.passphrase.mismatch", null, locale));
        }
        PassphraseCheck check = null;
        if (errors.isEmpty()) {
            check = accounts.changePassphrase(
                    account, form.current(), replacement.accepted().orElseThrow());
            if (!check.right()) {
                errors.put("current", PassphraseRefusal.message(check, messages, locale));
            }
        }
        if (!errors.isEmpty()) {
            PassphraseRefusal.status(check, response);
            Preferences preferences = accounts.preferences(account);
            return render(account, model, locale, request, PreferencesForm.of(preferences), errors);
        }
        sessions.endOtherSessions(account, request.getSession().getId());
        rememberedDevices.forgetOthers(account, request);
        recentPassphrase.entered(request.getSession());
        redirect.addFlashAttribute("message", "account.passphrase.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/preferences")
    String preferences(
            AccountId account,
            @ModelAttribute PreferencesForm form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ZoneId zone = null;
        LocalTime boundary = null;
        try {
            zone = ZoneId.of(form.timeZone() == null ? "" : form.timeZone().strip());
        } catch (DateTimeException e) {
            errors.put("timeZone", messages.getMessage("account.timeZone.invalid", null, locale));
        }
        try {
            boundary = LocalTime.parse(
                    form.dayBoundary() == null ? "" : form.dayBoundary().strip());
            if (!Preferences.dayBoundaryValid(boundary)) {
                errors.put("dayBoundary", messages.getMessage("account.dayBoundary.invalid", null, locale));
            }
        } catch (DateTimeParseException e) {
            errors.put("dayBoundary", messages.getMessage("account.dayBoundary.invalid", null, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return render(account, model, locale, request, form, errors);
        }
        accounts.updatePreferences(
                account,
                accounts.preferences(account)
                        .withDayCounting(zone, boundary)
                        .withMoodAndStress("on".equals(form.moodAndStress()))
                        .withCycle("on".equals(form.cycle())));
        redirect.addFlashAttribute("message", "account.preferences.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/devices/{id}/remove")
    String forgetDevice(AccountId account, @PathVariable String id, RedirectAttributes redirect) {
        rememberedDevices.forget(account, id);
        redirect.addFlashAttribute("message", "account.devices.removed");
        return "redirect:/account#devices";
    }

    @PostMapping("/account/invitations")
    String invite(AccountId account, HttpServletResponse response, RedirectAttributes redirect) {
        if (!accounts.isAdmin(account)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "error/403";
        }
        String token = accounts.invite(account);
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/signup")
                .queryParam("invite", token)
                .toUriString();
        redirect.addFlashAttribute("invitationLink", link);
        return "redirect:/account";
    }

    @GetMapping("/account/delete")
    String confirmDelete(AccountId account, Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("lastAdministrator", accounts.lastAdministrator(account));
        return "accounts/delete";
    }

    @PostMapping("/account/delete")
    String delete(
            AccountId account,
            @ModelAttribute DeleteForm form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (accounts.lastAdministrator(account)) {
            response.setStatus(409);
            model.addAttribute("errors", errors);
            model.addAttribute("lastAdministrator", true);
            return "accounts/delete";
        }
        if (!"DELETE".equals(form.confirm() == null ? null : form.confirm().strip())) {
            errors.put("confirm", messages.getMessage("account.delete.confirmWord", null, locale));
        }
        // Both problems at once, as on every form; a wrong passphrase counts even beside a missing DELETE.
        PassphraseCheck check = accounts.checkPassphrase(account, form.passphrase());
        if (!check.right()) {
            errors.put("passphrase", PassphraseRefusal.message(check, messages, locale));
        }
        if (!errors.isEmpty()) {
            PassphraseRefusal.status(check, response);
            model.addAttribute("errors", errors);
            model.addAttribute("lastAdministrator", false);
            model.addAttribute("confirm", form.confirm());
            return "accounts/delete";
        }
        sessions.endAllSessions(account);
        accounts.delete(account);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?deleted";
    }
}
