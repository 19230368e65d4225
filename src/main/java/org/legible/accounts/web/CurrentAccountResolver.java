package org.legible.accounts.web;

import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.accounts.internal.LegibleUser;
import org.legible.accounts.internal.TokenHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller declare an {@link AccountId} parameter: the signed-in person's account, taken from the
 * security context (a session's sign-in or an API token) and never from the request, so no form or URL can name
 * another account.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AccountId.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LegibleUser user) {
            return user.accountId();
        }
        if (authentication != null && authentication.getPrincipal() instanceof TokenHolder holder) {
            return holder.accountId();
        }
        throw new AccessDeniedException("not signed in");
    }
}
