package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.Accounts;
import org.legible.accounts.Carers;
import org.legible.accounts.PassphrasePolicy;
import org.legible.accounts.Registration;
import org.legible.accounts.SignupConfirmation;
import org.legible.accounts.internal.SignIn;
import org.legible.accounts.internal.SignupThrottle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
record SignupController(
        Accounts accounts, Carers carers, SignIn signIn, SignupThrottle throttle, MessageSource messages) {

    /** What the sign-up form posts. The time zone comes from the browser when script runs, else the server's. */
    record SignupForm(String email, String passphrase, String passphraseConfirm, String timeZone, String invite) {}

    static final int MAX_EMAIL = 320;
    private static final String PENDING = "legible.signup.pending";
    private static final String PENDING_EMAIL = "legible.signup.pendingEmail";

    @GetMapping("/signup")
    String form(@RequestParam(required = false) String invite, Model model, HttpServletResponse response) {
        if (!accounts.signupOpen() && !accounts.invitationValid(invite)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "accounts/signup-closed";
        }
        model.addAttribute("form", new SignupForm(null, null, null, null, invite));
        model.addAttribute("errors", Map.of());
        model.addAttribute("firstAccount", !accounts.anyAccountExists());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signup(
            @ModelAttribute("form") SignupForm form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!accounts.signupOpen() && !accounts.invitationValid(form.invite())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "accounts/signup-closed";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Duration> wait = throttle.attempt(request.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            errors.put("email", messages.getMessage("signup.throttled", new Object[] {minutes}, locale));
            return again(form, errors, 429, model, response);
        }
        String email = form.email() == null ? "" : form.email().strip();
        if (!looksLikeEmail(email)) {
            errors.put("email", messages.getMessage("signup.email.invalid", null, locale));
        }
        PassphrasePolicy.Verdict passphrase = PassphrasePolicy.check(form.passphrase(), email);
        passphrase
                .problem()
                .ifPresent(problem -> errors.put(
                        "passphrase",
                        messages.getMessage(
                                problem,
                                new Object[] {PassphrasePolicy.MIN_LENGTH, PassphrasePolicy.MAX_LENGTH},
                                locale)));
        if (!errors.containsKey("passphrase")
                && (form.passphraseConfirm() == null
                        || !form.passphraseConfirm().equals(form.passphrase()))) {
            errors.put("passphraseConfirm", messages.getMessage("signup.passphrase.mismatch", null, locale));
        }
        if (errors.isEmpty() && (form.invite() == null || form.invite().isBlank()) && accounts.signupByEmail()) {
            String id =
                    accounts.requestSignup(email, passphrase.accepted().orElseThrow(), zone(form.timeZone()), locale);
            HttpSession session = request.getSession();
            session.setAttribute(PENDING, id);
            session.setAttribute(PENDING_EMAIL, email);
            return "redirect:/signup/code";
        }
        if (errors.isEmpty()) {
            Registration result =
                    accounts.register(email, passphrase.accepted().orElseThrow(), zone(form.timeZone()), form.invite());
            if (result instanceof Registration.Registered) {
                signIn.signIn(email, request, response);
                // Signed up through a carer's invitation: the next step is taking it.
                if (form.invite() != null && carers.invitation(form.invite()).isPresent()) {
                    return "redirect:" + CareController.PATH + "/invite/" + form.invite() + "/accept";
                }
                return "redirect:/?welcome";
            }
            if (result instanceof Registration.EmailTaken) {
                errors.put("email", messages.getMessage("signup.email.taken", null, locale));
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return "accounts/signup-closed";
            }
        }
        return again(form, errors, 422, model, response);
    }

    /** The page asking for the code mailed to the address typed (open sign-up with e-mail). */
    @GetMapping("/signup/code")
    String codeForm(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof String)) {
            return "redirect:/signup";
        }
        model.addAttribute("email", session.getAttribute(PENDING_EMAIL));
        model.addAttribute("error", null);
        return "accounts/signup-code";
    }

    @PostMapping("/signup/code")
    String code(
            @RequestParam(required = false) String code,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof String id)) {
            return "redirect:/signup";
        }
        SignupConfirmation result = accounts.confirmSignup(id, code);
        if (result instanceof SignupConfirmation.Confirmed confirmed) {
            session.removeAttribute(PENDING);
            session.removeAttribute(PENDING_EMAIL);
            signIn.signIn(confirmed.email(), request, response);
            return "redirect:/?welcome";
        }
        model.addAttribute("email", session.getAttribute(PENDING_EMAIL));
        if (result instanceof SignupConfirmation.WrongCode wrong) {
            response.setStatus(422);
            model.addAttribute("code", code == null || code.length() > 20 ? "" : code);
            model.addAttribute(
                    "error", messages.getMessage("signup.code.wrong", new Object[] {wrong.triesLeft()}, locale));
            return "accounts/signup-code";
        }
        session.removeAttribute(PENDING);
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("ended", true);
        model.addAttribute("error", null);
        return "accounts/signup-code";
    }

    private String again(
            SignupForm form, Map<String, String> errors, int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("errors", errors);
        model.addAttribute("firstAccount", !accounts.anyAccountExists());
        // The passphrase is never sent back to the page; everything else is kept.
        model.addAttribute("form", new SignupForm(form.email(), null, null, form.timeZone(), form.invite()));
        return "accounts/signup";
    }

    static boolean looksLikeEmail(String email) {
        return email.length() <= MAX_EMAIL && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    static ZoneId zone(String text) {
        return Optional.ofNullable(text)
                .filter(t -> !t.isBlank() && t.length() <= 64)
                .flatMap(t -> {
                    try {
                        return Optional.of(ZoneId.of(t));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                })
                .orElse(ZoneId.systemDefault());
    }
}
