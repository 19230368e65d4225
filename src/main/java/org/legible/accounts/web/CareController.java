package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Carers;
import org.legible.accounts.SignInSteps;
import org.legible.accounts.internal.LegibleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The carer's side: taking an invitation (by its link, signed in with their own account, which the link lets them
 * create even when sign-up is closed), choosing whom to help, and going back to their own diary.
 */
@Controller
record CareController(Carers carers, SignInSteps signInSteps) {

    static final String PATH = "/care";

    @GetMapping(PATH)
    @CarersOwnPage
    String page(AccountId account, HttpServletRequest request, Model model) {
        model.addAttribute("helping", carers.helping(account));
        HttpSession session = request.getSession(false);
        model.addAttribute("helpingNow", session == null ? null : session.getAttribute(HelpingInterceptor.HELPING));
        return "accounts/care";
    }

    /**
     * Starts helping one of the people who invited this carer: their check-in if they may record, else today. Only
     * after a strong sign-in (a passkey, or a one-time code after the passphrase): someone who learns the carer's
     * passphrase must not reach the person's diary with it.
     */
    @PostMapping(PATH + "/{id}/help")
    @CarersOwnPage
    String help(AccountId account, @PathVariable String id, HttpServletRequest request) {
        Optional<Carers.Helping> helping = carers.helping(account, id);
        if (helping.isEmpty()) {
            return "redirect:" + PATH;
        }
        if (!signInSteps.signedInStrongly(request)) {
            return "redirect:" + HelpingInterceptor.STRONGER_FIRST;
        }
        request.getSession().setAttribute(HelpingInterceptor.HELPING, id);
        return helping.get().canRecord() ? "redirect:/check-ins/new" : "redirect:/";
    }

    @PostMapping(PATH + "/own")
    @CarersOwnPage
    String own(AccountId account, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(HelpingInterceptor.HELPING);
        }
        return "redirect:/";
    }

    /** An invitation's link, opened signed out: who invites, for what, and the ways to take it. */
    @GetMapping(PATH + "/invite/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LegibleUser) {
            return "redirect:" + PATH + "/invite/" + token + "/accept";
        }
        return invitationPage(token, model, response, false);
    }

    @GetMapping(PATH + "/invite/{token}/accept")
    @CarersOwnPage
    String acceptPage(AccountId account, @PathVariable String token, Model model, HttpServletResponse response) {
        return invitationPage(token, model, response, true);
    }

    @PostMapping(PATH + "/invite/{token}/accept")
    @CarersOwnPage
    String accept(AccountId account, @PathVariable String token, Model model, HttpServletResponse response) {
        Carers.Accepted accepted = carers.accept(token, account);
        if (accepted == Carers.Accepted.ACCEPTED) {
            return "redirect:" + PATH + "?accepted";
        }
        if (accepted == Carers.Accepted.OWN) {
            response.setStatus(422);
            model.addAttribute("own", true);
        }
        return invitationPage(token, model, response, true);
    }

    private String invitationPage(String token, Model model, HttpServletResponse response, boolean signedIn) {
        Optional<Carers.Invitation> invitation = carers.invitation(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "accounts/care-ended";
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("signedIn", signedIn);
        return "accounts/care-invitation";
    }
}
