package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey signed the person in. It proves the device and, with the fingerprint, face or PIN the browser asks for,
 * the person: so it needs no one-time code after it, and it counts as the passphrase typed just now. The session is
 * signed in as a passphrase sign-in would be (SignIn), so every page sees the same kind of sign-in; the device is
 * kept signed in when the sign-in page's box was ticked ({@code remember=on}). The script that sent the passkey
 * (static/js/passkeys.js) is told where to go: {@code next} when it is an address here, else the page that sent the
 * person to sign in, else today. Not a bean, so the pages' form sign-in keeps SecondStep as its one success handler.
 */
record PasskeySignIn(SignIn signIn, SecondStep secondStep, DeviceRememberMe devices)
        implements AuthenticationSuccessHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        PublicKeyCredentialUserEntity user = (PublicKeyCredentialUserEntity) authentication.getPrincipal();
        secondStep.forget(request);
        signIn.signInStrongly(user.getName(), request, response);
        if ("on".equals(request.getParameter("remember"))
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof LegibleUser who) {
            devices.remember(who.accountId(), request, response);
        }
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        String next = LocalPath.of(request.getParameter("next")).orElse(saved == null ? "/" : saved.getRedirectUrl());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), Map.of("authenticated", true, "redirectUrl", next));
    }
}
