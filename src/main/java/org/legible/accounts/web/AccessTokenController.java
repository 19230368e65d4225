package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccessScope;
import org.legible.accounts.AccessTokens;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.PassphraseCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal access tokens for the JSON API: create one (shown once), see when each was last used, revoke. Creating
 * one asks for the passphrase, since a token reads everything without signing in.
 */
@Controller
record AccessTokenController(AccessTokens tokens, Accounts accounts, MessageSource messages, Clock clock) {

    record TokenForm(String name, String scope, String lifetimeDays, String passphrase) {}

    /** One token as the list shows it, with days in the person's time zone. */
    record TokenRow(
            String id,
            String name,
            String scope,
            LocalDate created,
            LocalDate expires,
            LocalDate lastUsed,
            boolean expired) {}

    @GetMapping("/account/tokens")
    String page(AccountId account, Model model) {
        return render(account, model, new TokenForm("", AccessScope.READ.code(), "90", null), Map.of());
    }

    @PostMapping("/account/tokens")
    String create(
            AccountId account,
            @ModelAttribute TokenForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.put("name", messages.getMessage("tokens.name.required", null, locale));
        } else if (name.length() > AccessTokens.NAME_CHARACTERS) {
            errors.put(
                    "name",
                    messages.getMessage("tokens.name.tooLong", new Object[] {AccessTokens.NAME_CHARACTERS}, locale));
        }
        Optional<AccessScope> scope = AccessScope.fromCode(form.scope());
        if (scope.isEmpty()) {
            errors.put("scope", messages.getMessage("tokens.scope.invalid", null, locale));
        }
        Optional<Integer> lifetime = lifetime(form.lifetimeDays());
        if (lifetime.isEmpty()) {
            errors.put("lifetimeDays", messages.getMessage("tokens.lifetime.invalid", null, locale));
        }
        PassphraseCheck check = accounts.checkPassphrase(account, form.passphrase());
        if (!check.right()) {
            errors.put("passphrase", PassphraseRefusal.message(check, messages, locale));
        }
        if (!errors.isEmpty()) {
            PassphraseRefusal.status(check, response);
            return render(account, model, new TokenForm(form.name(), form.scope(), form.lifetimeDays(), null), errors);
        }
        AccessTokens.IssuedToken issued = tokens.issue(account, name, scope.get(), lifetime.get());
        redirect.addFlashAttribute("newToken", issued.secret());
        redirect.addFlashAttribute("newTokenName", issued.token().name());
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(AccountId account, @PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", tokens.revoke(account, id) ? "tokens.revoked" : "tokens.alreadyGone");
        return "redirect:/account/tokens";
    }

    private String render(AccountId account, Model model, TokenForm form, Map<String, String> errors) {
        ZoneId zone = accounts.preferences(account).timeZone();
        Instant now = clock.instant();
        model.addAttribute(
                "tokens",
                tokens.list(account).stream()
                        .map(t -> new TokenRow(
                                t.id(),
                                t.name(),
                                t.scope().code(),
                                day(t.createdAt(), zone),
                                day(t.expiresAt(), zone),
                                t.lastUsedAt() == null ? null : day(t.lastUsedAt(), zone),
                                t.expired(now)))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lifetimes", AccessTokens.LIFETIME_DAYS);
        return "accounts/tokens";
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Optional<Integer> lifetime(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            return AccessTokens.LIFETIME_DAYS.contains(days) ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
