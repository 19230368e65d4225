package org.legible.accounts.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys through Spring Security's WebAuthn filters, in a chain of their own ahead of the pages' chain: the
 * ceremony's JSON addresses and nothing else. Anyone may ask to sign in with a passkey; adding one needs a signed-in
 * person whose passphrase (or passkey) is from the last ten minutes, like every change to how they sign in. Removing
 * one is a form on the account pages (accounts.web.PasskeysController), so Spring's DELETE address stays shut.
 * Every passkey must check that it is the person (fingerprint, face or PIN), which makes it a stronger sign-in on
 * its own.
 */
@Configuration(proxyBeanMethods = false)
class PasskeySecurityConfiguration {

    static final String CEREMONY_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    WebAuthnRelyingPartyOperations passkeyCeremonies(
            PasskeyUserRepository users, PasskeyRepository credentials, Passkeys passkeys) {
        return new LazyPasskeyCeremonies(() -> ceremonies(users, credentials, passkeys));
    }

    private static WebAuthnRelyingPartyOperations ceremonies(
            PasskeyUserRepository users, PasskeyRepository credentials, Passkeys passkeys) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(
                users,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(passkeys.relyingPartyId())
                        .name("Legible")
                        .build(),
                Set.of(passkeys.origin()));
        operations.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    @Bean
    @Order(2)
    SecurityFilterChain passkeyCeremony(
            HttpSecurity http,
            Passkeys passkeys,
            SignIn signIn,
            SecondStep secondStep,
            DeviceRememberMe devices,
            RecentPassphrase recentPassphrase,
            SessionRegistry sessionRegistry)
            throws Exception {
        http.securityMatcher("/webauthn/**", "/login/webauthn")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST, "/webauthn/authenticate/options", "/login/webauthn")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/webauthn/register/options", "/webauthn/register")
                        .access((authentication, context) -> new AuthorizationDecision(authentication.get() != null
                                && authentication.get().getPrincipal() instanceof LegibleUser
                                && recentPassphrase.recent(context.getRequest().getSession(false))))
                        .anyRequest()
                        .denyAll())
                .webAuthn(webAuthn -> webAuthn.rpName("Legible")
                        .rpId(passkeys.relyingPartyId())
                        .allowedOrigins(passkeys.origin())
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationSuccessHandler(new PasskeySignIn(signIn, secondStep, devices));
                                filter.setAuthenticationFailureHandler(new AuthenticationEntryPointFailureHandler(
                                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
                                return filter;
                            }
                        }))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                                .accessDeniedHandler((request, response, refused) ->
                                        response.sendError(HttpStatus.FORBIDDEN.value())))
                .addFilterBefore(new MalformedPasskeyAnswer(), WebAsyncManagerIntegrationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(CEREMONY_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
