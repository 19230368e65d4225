package org.legible.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.legible.system.throttle.RequestBudget;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * security.md §13: the requests that cost the server most (a PDF, a full export, an import) are limited per signed-in
 * person (or API token) and per address, so one session or script cannot starve everyone else. Over the limit the
 * answer is 429 with Retry-After; nothing is done. Runs after the security filters, so it sees who is signed in;
 * anonymous requests are left to security, which turns them away anyway.
 */
@Component
class ExpensiveRequestThrottle extends OncePerRequestFilter {

    /**
     * Method and path of every expensive request. The mapping and preview pages of a kept-aside file ({id}) read
     * that file, which may be gigabytes, on every visit.
     */
    static final List<String> EXPENSIVE = List.of(
            "POST /report/pdf",
            "GET /export/legible.json",
            "GET /export/legible-csv.zip",
            "GET /export/legible-fhir.json",
            "POST /import",
            "POST /import/health",
            "POST /import/health/fitbit",
            "POST /import/health/csv",
            "POST /import/health/flaredown",
            "GET /import/health/csv/{id}",
            "POST /import/health/csv/{id}",
            "GET /import/health/flaredown/{id}",
            "POST /import/health/flaredown/{id}",
            "GET /admin/backups/download",
            "GET /api/v1/export",
            "GET /api/v1/fhir/Bundle");

    private record Route(String method, PathPattern path) {}

    private static final List<Route> ROUTES = EXPENSIVE.stream()
            .map(route -> route.split(" ", 2))
            .map(parts -> new Route(parts[0], PathPatternParser.defaultInstance.parse(parts[1])))
            .toList();

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RequestBudget perPerson;
    private final RequestBudget perAddress;
    private final Clock clock;

    ExpensiveRequestThrottle(
            @Value("${legible.throttle.expensive-per-minute:10}") int perPersonPerMinute,
            @Value("${legible.throttle.expensive-per-address-per-minute:30}") int perAddressPerMinute,
            JdbcClient jdbc,
            Clock clock) {
        this.perPerson = new RequestBudget(jdbc, "expensive-person", perPersonPerMinute, MINUTE);
        this.perAddress = new RequestBudget(jdbc, "expensive-address", perAddressPerMinute, MINUTE);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return ROUTES.stream()
                .noneMatch(route -> route.method().equals(request.getMethod())
                        && route.path().matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        java.time.Instant now = clock.instant();
        Optional<Duration> wait = perAddress.take("address:" + request.getRemoteAddr(), now);
        if (wait.isEmpty()) {
            wait = perPerson.take("person:" + authentication.getName(), now);
        }
        if (wait.isPresent()) {
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, (wait.get().toMillis() + 999) / 1000)));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
