package org.legible.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after it began, however active it is (ASVS 7.3.2); the idle timeout is the
 * servlet container's {@code server.servlet.session.timeout}.
 */
class AbsoluteSessionLimitFilter extends OncePerRequestFilter {

    static final String STARTED_AT = "legible.session.startedAt";

    private final Clock clock;
    private final Duration limit;

    AbsoluteSessionLimitFilter(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            Object startedAt = session.getAttribute(STARTED_AT);
            if (startedAt == null) {
                session.setAttribute(STARTED_AT, now);
            } else if (((Instant) startedAt).plus(limit).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
