package org.legible.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: a sign-in attempt for a locked account or address never reaches the passphrase
 * check (so even the right passphrase waits), and gets 429 with Retry-After and the sign-in page saying how long.
 */
@Component
// After the filter that finds sessions kept in the database: the page it forwards to reads the session's CSRF token.
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 10)
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Seconds to wait, for the sign-in page the throttled attempt is forwarded to. */
    public static final String RETRY_AFTER_ATTRIBUTE = "legible.login.retryAfterSeconds";

    private final LoginProtection protection;

    LoginThrottleFilter(LoginProtection protection) {
        this.protection = protection;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = protection.lockedFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
        request.getRequestDispatcher("/login/throttled").forward(request, response);
    }
}
