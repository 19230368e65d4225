package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.internal.RecentPassphrase;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends a page marked {@link RequiresRecentPassphrase} to the confirm page unless the passphrase is recent. */
@Component
record RecentPassphraseInterceptor(RecentPassphrase recentPassphrase) implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(RequiresRecentPassphrase.class)) {
            return true;
        }
        if (recentPassphrase.recent(request.getSession(false))) {
            return true;
        }
        String next =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(UriComponentsBuilder.fromPath(ConfirmPassphraseController.PATH)
                .queryParam("next", next)
                .encode()
                .build()
                .toUriString());
        return false;
    }
}
