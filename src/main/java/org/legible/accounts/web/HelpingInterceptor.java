package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;
import org.legible.accounts.AccountEvents;
import org.legible.accounts.AccountId;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.Carers;
import org.legible.accounts.ForCarers;
import org.legible.accounts.SignInSteps;
import org.legible.accounts.internal.LegibleUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a carer helps someone (chosen on /care, kept in the session), each request checks again that they still
 * may: a removed carer is back in their own diary on their next request. A page marked {@link ForCarers} with a
 * grant they hold gets the person's account (CurrentAccountResolver); any other page that takes an account is
 * refused and sends them to /care, so nothing of the person's is shown or changed by a page not meant for it. A
 * session that did not sign in strongly (a passkey, or a one-time code) helps no one: it is sent to say so. Each
 * page a carer read for the person is published for the person's access log.
 */
@Component
record HelpingInterceptor(Carers carers, SignInSteps signInSteps, ApplicationEventPublisher events)
        implements HandlerInterceptor, WebMvcConfigurer {

    static final String HELPING = "legible.helping";
    static final String STRONGER_FIRST = SignInSteps.STRONGER_PAGE + "?why=care&next=" + CareController.PATH;
    static final String HELPING_NOW = HelpingInterceptor.class.getName() + ".helping";
    private static final String GRANT_USED = HelpingInterceptor.class.getName() + ".grant";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /** The person this request is for, if a carer helps them now on a page open to carers. */
    static Optional<Carers.Helping> now(HttpServletRequest request) {
        return request.getAttribute(HELPING_NOW) instanceof Carers.Helping helping
                ? Optional.of(helping)
                : Optional.empty();
    }

    /** Whom the signed-in carer has chosen to help in this session, while they still may. */
    Optional<Carers.Helping> chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null
                || !(session.getAttribute(HELPING) instanceof String id)
                || authentication == null
                || !(authentication.getPrincipal() instanceof LegibleUser user)) {
            return Optional.empty();
        }
        Optional<Carers.Helping> helping = carers.helping(user.accountId(), id);
        if (helping.isEmpty()) {
            session.removeAttribute(HELPING);
        }
        return helping;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)
                || Arrays.stream(method.getMethodParameters())
                        .noneMatch(p -> p.getParameterType().equals(AccountId.class))) {
            return true;
        }
        Optional<Carers.Helping> helping = chosen(request);
        if (helping.isEmpty() || method.hasMethodAnnotation(CarersOwnPage.class)) {
            return true;
        }
        if (!signInSteps.signedInStrongly(request)) {
            request.getSession().removeAttribute(HELPING);
            response.sendRedirect(request.getContextPath() + STRONGER_FIRST);
            return false;
        }
        ForCarers open = method.getMethodAnnotation(ForCarers.class);
        if (open != null && helping.get().may(open.value())) {
            request.setAttribute(HELPING_NOW, helping.get());
            request.setAttribute(GRANT_USED, open.value());
            return true;
        }
        response.sendRedirect(request.getContextPath() + CareController.PATH + "?refused");
        return false;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Optional<Carers.Helping> helping = now(request);
        // What a carer read goes in the access log; what they recorded is logged when the diary saves it
        // (sharing hears DiaryEvents.CheckInRecorded), so a form sent back with a problem logs nothing.
        if (helping.isPresent()
                && failure == null
                && response.getStatus() < 400
                && request.getAttribute(GRANT_USED) == CarerGrant.READ) {
            events.publishEvent(new AccountEvents.CarerRead(
                    helping.get().person(), helping.get().label(), request.getRequestURI()));
        }
    }
}
