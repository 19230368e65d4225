package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.internal.OneTimeCodes;
import org.legible.accounts.internal.SecondStep;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second sign-in step: after the right passphrase, the code from the person's authenticator app or one of their
 * recovery codes. Without a passphrase typed in the last five minutes there is nothing to complete, so the page
 * sends the person back to sign in.
 */
@Controller
record SecondStepController(SecondStep secondStep, OneTimeCodes codes, MessageSource messages) {

    static final String PATH = "/login/code";

    @GetMapping(PATH)
    String page(HttpServletRequest request) {
        return secondStep.awaiting(request).isPresent() ? "accounts/login-code" : "redirect:/login?expired";
    }

    @PostMapping(PATH)
    String code(
            @RequestParam(required = false) String code,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<SecondStep.Awaiting> awaiting = secondStep.awaiting(request);
        if (awaiting.isEmpty()) {
            secondStep.forget(request);
            return "redirect:/login?expired";
        }
        OneTimeCodes.Outcome outcome = codes.check(awaiting.get().account(), code);
        if (outcome instanceof OneTimeCodes.Outcome.Accepted accepted) {
            if (accepted.recoveryCode()) {
                redirect.addFlashAttribute("recoveryCodeUsedLeft", accepted.recoveryCodesLeft());
            }
            return "redirect:" + secondStep.complete(awaiting.get(), request, response);
        }
        if (outcome instanceof OneTimeCodes.Outcome.Wait wait) {
            response.setStatus(429);
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, String.valueOf(wait.waitFor().toSeconds()));
            model.addAttribute(
                    "error",
                    messages.getMessage(
                            "secondStep.wait", new Object[] {wait.waitFor().toMinutes() + 1}, locale));
        } else {
            response.setStatus(422);
            model.addAttribute("error", messages.getMessage("secondStep.wrong", null, locale));
        }
        return "accounts/login-code";
    }
}
