package org.legible.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that happen outside any controller (no such address, wrong method) reach programs as
 * {@code application/problem+json}, like the API's own errors; browsers still get the error pages. The detail is
 * generic: nothing from the request is echoed.
 */
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri) {
            problem.put("instance", uri);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This address answers application/json.";
            case CONTENT_TOO_LARGE -> "The body is too large.";
            case TOO_MANY_REQUESTS -> "Too many requests of this kind; wait the seconds in Retry-After and try again.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side; please try again."
                        : "The request could not be handled.";
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Replaces Boot's error controller (it backs off when one exists). */
        @Bean
        ProblemErrorController problemErrorController(
                ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
            return new ProblemErrorController(
                    attributes, web, resolvers.orderedStream().toList());
        }
    }
}
