package org.legible.system.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * security.md §7: the first filter of all. Only a signed-in person's upload to one of the import addresses may send
 * a large body (up to {@code LEGIBLE_UPLOAD_MAX}, enforced by the servlet's multipart limits); every other request
 * may send at most {@link #MAX_BYTES}. A declared length over the cap is refused before a byte is read and the
 * connection is closed, so nothing is received or written to disk; a body without a declared length is cut off when
 * it passes the cap, and a file upload without one is refused, since the container would read it whole. Runs before
 * the sign-in throttle and CSRF check, which read form fields and so the whole body.
 */
@Component
// Right after the filter that finds sessions kept in the database (system.SessionsInDatabase): whether a person is
// signed in is read from their session.
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** Far above the largest valid form or API body (a 20,000-character note and every list full). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The addresses that take files; all are POST without path variables. */
    static final Set<String> UPLOADS = Set.of(
            "/import", "/import/health", "/import/health/fitbit", "/import/health/csv", "/import/health/flaredown");

    /** The body went past {@link #MAX_BYTES}. */
    public static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body too large");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mayUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES || (declared < 0 && isFileUpload(request))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static boolean mayUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !UPLOADS.contains(path)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object context = session == null
                ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication who = context instanceof SecurityContext security ? security.getAuthentication() : null;
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    private static boolean isFileUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Closing the connection spares reading (and the container swallowing) the rest of the body.
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"The body is larger than " + MAX_BYTES + " bytes.\"}");
            return;
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
