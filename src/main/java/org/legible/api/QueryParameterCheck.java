package org.legible.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The API refuses a query parameter it does not read, as it refuses an unknown field in a body: a misspelt
 * {@code form=} would otherwise quietly give the whole diary instead of the days asked for. What each route reads is
 * its {@code @RequestParam}s, the same list the OpenAPI document gives.
 */
@Component
class QueryParameterCheck implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> read = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                read.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
            }
        }
        // The query string only: a form-encoded body is not the API's and is refused as such (415).
        String query = request.getQueryString();
        if (query == null) {
            return true;
        }
        List<FieldError> unknown =
                UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet().stream()
                        .map(name -> UriUtils.decode(name, StandardCharsets.UTF_8))
                        .filter(name -> !read.contains(name))
                        .sorted()
                        .map(name -> new FieldError(
                                name,
                                read.isEmpty()
                                        ? "Unknown query parameter; this address reads none."
                                        : "Unknown query parameter; this address reads " + String.join(", ", read)
                                                + "."))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        return true;
    }
}
