package org.legible.diary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The blank check-in form the service worker keeps on the device (system.AppShellController): it holds no one's data,
 * no token and no day, so anyone may fetch it. Filled in without a connection, it is kept on the device by the page's
 * script and sent to {@code /check-ins/queued} when the connection is back.
 */
@Controller
record OfflineCheckInController(MessageSource messages) {

    @GetMapping("/check-ins/offline")
    String offline(Model model, Locale locale, HttpServletRequest request) {
        // A token kept on the device would be stale and is a session's secret: the page carries none (the form's
        // hidden field and the page's meta tag are both drawn from these attributes).
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf");
        model.addAttribute("offline", true);
        model.addAttribute("hasCheckIns", false);
        CheckInController.formModel(
                model, CheckInForm.empty(), new FieldProblems(), messages, locale, Set.of(), "/check-ins", null, false);
        return "diary/check-in-form";
    }
}
