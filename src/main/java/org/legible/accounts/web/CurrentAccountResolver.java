package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Actor;
import org.legible.accounts.Carers;
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
 * another account; or, for a carer on a page open to carers, the account of the person they help, as
 * HelpingInterceptor decided from the database. An {@link Actor} parameter says which of the two it is.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AccountId.class)
                || parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        // A carer on a page open to carers acts for the person they help (HelpingInterceptor decided).
        Optional<Carers.Helping> helping = webRequest.getNativeRequest() instanceof HttpServletRequest request
                ? HelpingInterceptor.now(request)
                : Optional.empty();
        if (parameter.getParameterType().equals(Actor.class)) {
            return helping.map(h -> new Actor(h.label())).orElse(Actor.self());
        }
        if (helping.isPresent()) {
            return helping.get().person();
        }
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
