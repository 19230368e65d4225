package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.legible.system.throttle.Lockout;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The JSON API's own security chain, ahead of the pages' chain: stateless, bearer tokens only, so a session cookie
 * opens nothing here and CSRF protection is needed (and off) only here. Reading needs any live token; changing
 * anything needs a read-write one.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AccessTokensService tokens,
            LoginProtection.Limits limits,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events)
            throws Exception {
        Lockout throttle = new Lockout(
                jdbc, "api-address", limits.addressFailures(), limits.window(), limits.firstLock(), limits.maxLock());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasAuthority(BearerTokenFilter.READ)
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/**")
                        .hasAuthority(BearerTokenFilter.READ)
                        .requestMatchers("/api/v1/**")
                        .hasAuthority(BearerTokenFilter.WRITE)
                        .anyRequest()
                        .denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> ApiProblems.unauthorized(
                                        response,
                                        "Bearer realm=\"legible\"",
                                        "Send a personal access token as 'Authorization: Bearer lgb_...'."))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden",
                                HttpMethod.GET.matches(request.getMethod())
                                        ? "No token may use this address."
                                        : "This token may only read. Create a read-write token to make changes.")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, clock, events), AuthorizationFilter.class);
        return http.build();
    }
}
