package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legible.accounts.Accounts;
import org.legible.accounts.internal.LoginThrottleFilter;
import org.legible.accounts.internal.Passkeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
record LoginController(Accounts accounts, Passkeys passkeys) {

    /** The first visit to a new installation goes straight to creating the first account. */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (accounts.signupOpen() && !accounts.anyAccountExists()) {
            return "redirect:/signup";
        }
        model.addAttribute("signupOpen", accounts.signupOpen());
        model.addAttribute("passkeysWorkHere", passkeys.workAt(request));
        return "accounts/login";
    }

    /** Where a throttled sign-in is forwarded: 429, how long to wait, and the e-mail kept. */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(429);
        Object seconds = request.getAttribute(LoginThrottleFilter.RETRY_AFTER_ATTRIBUTE);
        long wait = seconds instanceof Long l ? l : 60;
        model.addAttribute("retryMinutes", Math.max(1, (wait + 59) / 60));
        model.addAttribute("email", request.getParameter("username"));
        model.addAttribute("signupOpen", accounts.signupOpen());
        model.addAttribute("passkeysWorkHere", passkeys.workAt(request));
        return "accounts/login";
    }
}
