package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.legible.accounts.AccountId;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.internal.Passkeys;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and removing passkeys, beside one-time codes on the stronger sign-in page. Adding runs in the browser
 * (static/js/passkeys.js talks to Spring Security's WebAuthn addresses, accounts.internal.PasskeySecurityConfiguration);
 * this page gives it a name to keep and says where passkeys work. Both need the passphrase or a passkey from the
 * last ten minutes.
 */
@Controller
record PasskeysController(Passkeys passkeys) {

    static final String PATH = SignInStepsController.PATH + "/passkeys";

    @GetMapping(PATH + "/new")
    @RequiresRecentPassphrase
    String newPasskey(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        model.addAttribute("label", passkeys.suggestedLabel(request.getHeader(HttpHeaders.USER_AGENT)));
        model.addAttribute("worksHere", passkeys.workAt(request));
        model.addAttribute("origin", passkeys.origin());
        model.addAttribute(
                "next",
                next == null ? SignInStepsController.PATH + "?passkeyAdded" : ConfirmPassphraseController.local(next));
        return "accounts/passkey-new";
    }

    @PostMapping(PATH + "/remove")
    @RequiresRecentPassphrase
    String remove(AccountId account, @RequestParam(required = false) String id, RedirectAttributes redirect) {
        if (id != null && passkeys.remove(account, id)) {
            redirect.addFlashAttribute("passkeyRemoved", true);
        }
        return "redirect:" + SignInStepsController.PATH;
    }
}
