package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.PassphraseCheck;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.internal.LocalPath;
import org.legible.accounts.internal.Passkeys;
import org.legible.accounts.internal.RecentPassphrase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks for the passphrase before a page that hands out the whole record, when it was not typed in the last
 * {@value RequiresRecentPassphrase#MINUTES} minutes, or a passkey instead (static/js/passkeys.js). Five wrong tries end the session, so a phone left signed in
 * cannot be used to guess it.
 */
@Controller
record ConfirmPassphraseController(
        Accounts accounts, Passkeys passkeys, RecentPassphrase recentPassphrase, MessageSource messages) {

    static final String PATH = "/account/confirm";

    private static final String WRONG_TRIES = "legible.confirmWrongTries";
    private static final int MAX_WRONG_TRIES = 5;

    @GetMapping(PATH)
    String page(
            AccountId account, @RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        model.addAttribute("email", accounts.email(account));
        model.addAttribute("next", local(next));
        offerPasskey(account, request, model);
        return "accounts/confirm";
    }

    @PostMapping(PATH)
    String confirm(
            AccountId account,
            @RequestParam(required = false) String passphrase,
            @RequestParam(required = false) String next,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        String target = local(next);
        PassphraseCheck check = accounts.checkPassphrase(account, passphrase);
        if (check.right()) {
            session.removeAttribute(WRONG_TRIES);
            recentPassphrase.entered(session);
            model.addAttribute("next", target);
            model.addAttribute("confirmed", true);
            return "accounts/confirm";
        }
        int wrong = session.getAttribute(WRONG_TRIES) instanceof Integer n ? n + 1 : 1;
        if (wrong >= MAX_WRONG_TRIES) {
            session.invalidate();
            return "redirect:/login?expired";
        }
        session.setAttribute(WRONG_TRIES, wrong);
        PassphraseRefusal.status(check, response);
        model.addAttribute("email", accounts.email(account));
        model.addAttribute("next", target);
        offerPasskey(account, request, model);
        model.addAttribute(
                "error",
                check instanceof PassphraseCheck.Locked
                        ? PassphraseRefusal.message(check, messages, locale)
                        : messages.getMessage("confirm.wrong", null, locale));
        return "accounts/confirm";
    }

    /** A passkey confirms it is you as well as the passphrase does, where the person has one that works here. */
    private void offerPasskey(AccountId account, HttpServletRequest request, Model model) {
        model.addAttribute("passkeyOffered", passkeys.workAt(request) && passkeys.count(account) > 0);
    }

    /** Only a path on this site, so the page can never send anyone elsewhere. */
    static String local(String next) {
        return LocalPath.of(next).orElse("/account");
    }
}
