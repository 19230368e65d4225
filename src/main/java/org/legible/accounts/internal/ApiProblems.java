package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Security's answers to API callers, as RFC 9457 problem documents. The texts are fixed (no caller input), so they
 * are written without a JSON library.
 */
final class ApiProblems {

    static final String PROBLEM_JSON = "application/problem+json";

    private ApiProblems() {}

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }

    static void unauthorized(HttpServletResponse response, String bearerChallenge, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", bearerChallenge);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }
}
