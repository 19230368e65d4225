package org.legible.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountEvents;
import org.legible.system.throttle.Lockout;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code Authorization: Bearer} header and nothing else: no cookie, no query
 * parameter. A wrong or revoked token is refused at once; an address that keeps presenting wrong tokens waits, like
 * one that keeps guessing passphrases.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String READ = "SCOPE_read";
    static final String WRITE = "SCOPE_write";

    private static final String BEARER = "Bearer ";

    private final AccessTokensService tokens;
    private final Lockout throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BearerTokenFilter(AccessTokensService tokens, Lockout throttle, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.clock = clock;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.lockedFor(address, clock.instant());
        if (wait.isPresent()) {
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            ApiProblems.write(response, 429, "Too Many Requests", "Too many wrong tokens from this address; wait.");
            return;
        }
        Optional<TokenHolder> holder =
                tokens.authenticate(header.substring(BEARER.length()).strip());
        if (holder.isEmpty()) {
            throttle.failed(address, clock.instant());
            ApiProblems.unauthorized(
                    response,
                    "Bearer error=\"invalid_token\"",
                    "The token is unknown, expired or revoked. Create a new one on your account page.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(holder.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
            // Every read that answered goes in the person's access log (sharing), which they read to see who came.
            if (HttpMethod.GET.matches(request.getMethod())
                    && response.getStatus() < 400
                    && !request.getRequestURI().endsWith("/openapi.json")) {
                events.publishEvent(new AccountEvents.ApiRead(
                        holder.get().accountId(), holder.get().tokenName(), request.getRequestURI()));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authenticated token; its authorities are its scope. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final TokenHolder holder;

        TokenAuthentication(TokenHolder holder) {
            super(authorities(holder));
            this.holder = holder;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(TokenHolder holder) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(READ));
            if (holder.scope().canWrite()) {
                authorities.add(new SimpleGrantedAuthority(WRITE));
            }
            return authorities;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return holder;
        }

        @Override
        public String getName() {
            return holder.tokenId();
        }
    }
}
