package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.SignInSteps;
import org.legible.accounts.internal.LocalPath;
import org.legible.accounts.internal.OneTimeCodes;
import org.legible.accounts.internal.Passkeys;
import org.legible.system.qr.QrCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Stronger sign-in on the account pages: the person's passkeys (added and removed by PasskeysController); turning
 * one-time codes on (a QR code for the authenticator app, then its first code to prove it was added), new recovery
 * codes, turning them off. Each change needs the passphrase from the last ten minutes. A secret being set up stays in
 * the session, so a reload shows the same QR code.
 */
@Controller
record SignInStepsController(OneTimeCodes codes, Passkeys passkeys, Accounts accounts, MessageSource messages) {

    static final String PATH = "/account/sign-in";

    private static final String SETUP = "legible.oneTimeCodeSetup";
    private static final java.util.Set<String> WHY = java.util.Set.of("care", "backups");

    @GetMapping(PATH)
    String page(AccountId account, HttpServletRequest request, Model model) {
        Optional<java.time.Instant> since = codes.since(account);
        model.addAttribute("codesOn", since.isPresent());
        since.ifPresent(at -> model.addAttribute(
                "since", LocalDate.ofInstant(at, accounts.preferences(account).timeZone())));
        model.addAttribute("recoveryCodesLeft", codes.recoveryCodesLeft(account));
        model.addAttribute(
                "passkeys", passkeys.list(account, accounts.preferences(account).timeZone()));
        model.addAttribute("passkeysWorkHere", passkeys.workAt(request));
        model.addAttribute("passkeyOrigin", passkeys.origin());
        return "accounts/sign-in";
    }

    /**
     * Where a page that needs a strong sign-in sends a session without one (SignInSteps#signedInStrongly): use a
     * passkey now, or sign in again with a one-time code, or add one of them first.
     */
    @GetMapping(SignInSteps.STRONGER_PAGE)
    String stronger(
            AccountId account,
            @RequestParam(required = false) String why,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            Model model) {
        String target = LocalPath.of(next).orElse("/");
        // Set.of refuses to look for null: an address without ?why= must still get the page.
        boolean known = why != null && WHY.contains(why);
        String here = UriComponentsBuilder.fromPath(SignInSteps.STRONGER_PAGE)
                .queryParamIfPresent("why", java.util.Optional.ofNullable(known ? why : null))
                .queryParam("next", target)
                .encode()
                .build()
                .toUriString();
        boolean passkeysWorkHere = passkeys.workAt(request);
        model.addAttribute("why", known ? "stronger.needed." + why : "stronger.needed.other");
        model.addAttribute("next", target);
        model.addAttribute("here", here);
        model.addAttribute("passkeyOffered", passkeysWorkHere && passkeys.count(account) > 0);
        model.addAttribute("passkeysWorkHere", passkeysWorkHere);
        model.addAttribute("codesOn", codes.hasSecondStep(account));
        return "accounts/stronger-needed";
    }

    @GetMapping(PATH + "/codes")
    @RequiresRecentPassphrase
    String setUp(AccountId account, @RequestParam(required = false) String next, HttpSession session, Model model) {
        return setUpPage(account, ConfirmPassphraseController.local(next), session, model);
    }

    @PostMapping(PATH + "/codes")
    @RequiresRecentPassphrase
    String confirm(
            AccountId account,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String next,
            HttpSession session,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        if (!(session.getAttribute(SETUP) instanceof String secret)) {
            return "redirect:" + PATH + "/codes";
        }
        Optional<List<String>> recoveryCodes = codes.confirm(account, secret, code);
        if (recoveryCodes.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("error", messages.getMessage("signInSteps.codes.wrong", null, locale));
            return setUpPage(account, ConfirmPassphraseController.local(next), session, model);
        }
        session.removeAttribute(SETUP);
        return recoveryCodes(recoveryCodes.get(), true, ConfirmPassphraseController.local(next), model, response);
    }

    @PostMapping(PATH + "/recovery-codes")
    @RequiresRecentPassphrase
    String newRecoveryCodes(AccountId account, Model model, HttpServletResponse response) {
        if (!codes.hasSecondStep(account)) {
            return "redirect:" + PATH;
        }
        return recoveryCodes(codes.newRecoveryCodes(account), false, PATH, model, response);
    }

    @PostMapping(PATH + "/codes/off")
    @RequiresRecentPassphrase
    String turnOff(AccountId account, RedirectAttributes redirect) {
        codes.turnOff(account);
        redirect.addFlashAttribute("turnedOff", true);
        return "redirect:" + PATH;
    }

    private String setUpPage(AccountId account, String next, HttpSession session, Model model) {
        OneTimeCodes.Setup setup;
        if (session.getAttribute(SETUP) instanceof String secret) {
            setup = codes.setup(accounts.email(account), secret);
        } else {
            setup = codes.newSetup(accounts.email(account));
            session.setAttribute(SETUP, setup.secret());
        }
        model.addAttribute("setup", setup);
        model.addAttribute("qr", QrCode.of(setup.address()));
        model.addAttribute("next", next);
        return "accounts/sign-in-codes";
    }

    /** The recovery codes, shown this once: only their hashes are kept, and the page is never stored. */
    private static String recoveryCodes(
            List<String> recoveryCodes, boolean justTurnedOn, String next, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("justTurnedOn", justTurnedOn);
        model.addAttribute("next", next);
        return "accounts/recovery-codes";
    }
}
