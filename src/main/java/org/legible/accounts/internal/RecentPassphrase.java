package org.legible.accounts.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.legible.accounts.RequiresRecentPassphrase;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * When this session last had the passphrase typed: at sign-in with it, at sign-up, at a passphrase change and on the
 * confirm page. A session a remembered device started has none until the person types it.
 */
@Component
public class RecentPassphrase {

    static final String ENTERED_AT = "legible.passphraseEnteredAt";
    static final Duration RECENT = Duration.ofMinutes(RequiresRecentPassphrase.MINUTES);

    private final Clock clock;

    RecentPassphrase(Clock clock) {
        this.clock = clock;
    }

    public void entered(HttpSession session) {
        session.setAttribute(ENTERED_AT, clock.instant());
    }

    public boolean recent(HttpSession session) {
        Object at = session == null ? null : session.getAttribute(ENTERED_AT);
        return at instanceof Instant entered && !entered.plus(RECENT).isBefore(clock.instant());
    }

    /** Form sign-in typed it; a remembered device did not. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && RequestContextHolder.getRequestAttributes() != null) {
            RequestContextHolder.getRequestAttributes()
                    .setAttribute(ENTERED_AT, clock.instant(), RequestAttributes.SCOPE_SESSION);
        }
    }
}
