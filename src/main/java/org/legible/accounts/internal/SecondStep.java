package org.legible.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a second step. When the passphrase is right and the account has one-time codes, the session is not
 * signed in: it only remembers, for five minutes, whose code it waits for (and whether to keep the device signed
 * in, which waits too: DeviceRememberMe). Every private page still sends it to sign in; the code page
 * (accounts.web.SecondStepController) completes the sign-in as form login would. Without one-time codes, sign-in is
 * as before.
 */
@Component
public class SecondStep extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String AWAITING = "legible.secondStep.account";
    static final String AWAITING_SINCE = "legible.secondStep.since";
    static final String REMEMBER = "legible.secondStep.remember";
    static final Duration PATIENCE = Duration.ofMinutes(5);

    /** Whose code the session waits for. */
    public record Awaiting(AccountId account, String email) {}

    private final OneTimeCodes codes;
    private final AccountRepository accounts;
    private final SignIn signIn;
    private final DeviceRememberMe devices;
    private final Clock clock;

    SecondStep(OneTimeCodes codes, AccountRepository accounts, SignIn signIn, DeviceRememberMe devices, Clock clock) {
        this.codes = codes;
        this.accounts = accounts;
        this.signIn = signIn;
        this.devices = devices;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof LegibleUser user && codes.hasSecondStep(user.accountId())) {
            // Not signed in yet: nothing of the passphrase step's sign-in stays in the session but whose code is due.
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(AWAITING, user.accountId().value());
            session.setAttribute(AWAITING_SINCE, clock.instant());
            getRedirectStrategy().sendRedirect(request, response, "/login/code");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** The account whose code this session waits for, if the passphrase was right within the last five minutes. */
    public Optional<Awaiting> awaiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(AWAITING) instanceof String id)
                || !(session.getAttribute(AWAITING_SINCE) instanceof Instant since)
                || since.plus(PATIENCE).isBefore(clock.instant())) {
            return Optional.empty();
        }
        AccountId account = new AccountId(id);
        return accounts.email(account).map(email -> new Awaiting(account, email));
    }

    /** Forgets a wait, for when the person starts over or waited too long. */
    public void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(AWAITING);
            session.removeAttribute(AWAITING_SINCE);
            session.removeAttribute(REMEMBER);
        }
    }

    /**
     * The code was right: signs the session in as form login would (a new session id, the session registered, the
     * passphrase counted as just typed), keeps the device signed in if that was asked, and returns where to go: the
     * page that sent the person to sign in, or today.
     */
    public String complete(Awaiting awaiting, HttpServletRequest request, HttpServletResponse response) {
        boolean remember = Boolean.TRUE.equals(request.getSession().getAttribute(REMEMBER));
        forget(request);
        signIn.signInStrongly(awaiting.email(), request, response);
        if (remember) {
            devices.remember(awaiting.account(), request, response);
        }
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
