package org.legible.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;

/**
 * Spring Security's WebAuthn filters throw when a browser (or anyone) sends JSON that is not a passkey answer, for
 * example {@code {}} to the registration address. That is bad input, not a fault: it is answered 400, never 500.
 */
class MalformedPasskeyAnswer extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IllegalArgumentException | HttpMessageConversionException | JacksonException malformed) {
            if (response.isCommitted()) {
                throw malformed;
            }
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
