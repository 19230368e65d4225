package org.legible.system;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may reach what. Every route is listed; anything not listed is denied. Pages load nothing from elsewhere and
 * run no inline script, so the Content-Security-Policy needs no {@code unsafe-*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    static final Duration ABSOLUTE_SESSION_LIMIT = Duration.ofHours(12);

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            Clock clock,
            ObjectProvider<AbstractRememberMeServices> rememberedDevices,
            ObjectProvider<AuthenticationSuccessHandler> successHandlers)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/static/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/login/throttled",
                                "/login/code",
                                "/signup",
                                "/signup/code",
                                "/error",
                                "/forbidden")
                        .permitAll()
                        .requestMatchers(HealthController.PATH)
                        .permitAll()
                        // The library holds no one's data: anyone may read it, signed in or not.
                        .requestMatchers("/library", "/library/*", "/design")
                        .permitAll()
                        // The installable app's shell holds no one's data either (AppShellController).
                        .requestMatchers("/manifest.webmanifest", "/sw.js", AppShellController.OFFLINE_PAGE)
                        .permitAll()
                        // A calendar app sends no cookie: the long secret in the address is the key (reminders.web).
                        .requestMatchers("/calendar/*")
                        .permitAll()
                        // A clinician has no account: a share's long secret link is the key (sharing.web).
                        .requestMatchers(
                                "/shared/*",
                                "/shared/*/report.pdf",
                                "/shared/*/record.fhir.json",
                                "/shared/*/days",
                                "/shared/*/patterns")
                        .permitAll()
                        // A carer's invitation says who asks and how to take it before anyone signs in.
                        .requestMatchers(HttpMethod.GET, "/care/invite/*")
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/check-ins",
                                "/check-ins/**",
                                "/history",
                                "/own-items",
                                "/own-items/**",
                                "/cycle",
                                "/cycle/**",
                                "/assessments",
                                "/assessments/**",
                                "/export/**",
                                "/import",
                                "/import/health",
                                "/import/health/fitbit",
                                "/import/health/csv",
                                "/import/health/csv/*",
                                "/import/health/flaredown",
                                "/import/health/flaredown/*",
                                "/import/health/*/undo",
                                "/import/health/jobs/*",
                                "/import/health/jobs/*/progress",
                                "/insights",
                                "/insights/*",
                                "/experiments",
                                "/experiments/today",
                                "/experiments/*",
                                "/experiments/*/stop",
                                "/experiments/*/followed",
                                "/experiments/*/delete",
                                "/check-up",
                                "/check-up/**",
                                "/check-ups",
                                "/report",
                                "/report/pdf",
                                "/account",
                                "/account/**",
                                "/reminders",
                                "/reminders/**",
                                "/sharing",
                                "/sharing/**",
                                "/access-log",
                                "/carers",
                                "/carers/**",
                                "/care",
                                "/care/**",
                                "/session/alive",
                                // The administrator's; the controller answers 404 to anyone else.
                                "/admin/backups",
                                "/admin/backups/download",
                                MoreController.PATH)
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> {
                    form.loginPage("/login").failureUrl("/login?error").permitAll();
                    // The second sign-in step, when the account has one (accounts.internal.SecondStep).
                    AuthenticationSuccessHandler secondStep = successHandlers.getIfAvailable();
                    if (secondStep != null) {
                        form.successHandler(secondStep);
                    } else {
                        form.defaultSuccessUrl("/", false);
                    }
                })
                // "Keep me signed in on this device" (accounts.internal.DeviceRememberMe); signing out forgets it.
                .rememberMe(remember -> rememberedDevices.ifAvailable(
                        services -> remember.rememberMeServices(services).key(services.getKey())))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE,
                                ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusals())
                        // A check-in sent from the device's queue after the session ended must hear 401, not be
                        // redirected to the sign-in page, so the script keeps it until the person signs in again.
                        .authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
                                new LoginUrlAuthenticationEntryPoint("/login"),
                                new RequestMatcherEntry<>(
                                        PathPatternRequestMatcher.withDefaults().matcher("/check-ins/queued"),
                                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
                .addFilterAfter(
                        new AbsoluteSessionLimitFilter(clock, ABSOLUTE_SESSION_LIMIT), SessionManagementFilter.class);
        return http.build();
    }

    /**
     * An expired form (CSRF token) gets a page that says what to do. Anything else refused to a signed-in person is
     * an address no route lists, so it is answered as what it is to them: not found.
     */
    private static AccessDeniedHandler refusals() {
        AccessDeniedHandlerImpl expiredForm = new AccessDeniedHandlerImpl();
        expiredForm.setErrorPage("/forbidden");
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(CsrfException.class, expiredForm);
        return new DelegatingAccessDeniedHandler(
                handlers, (request, response, refused) -> response.sendError(HttpStatus.NOT_FOUND.value()));
    }

    /**
     * In memory for the servlet container's sessions; read from the database when sessions live there
     * ({@link SessionsInDatabase}), so that a session ended on one server is ended on all.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> shared) {
        FindByIndexNameSessionRepository<? extends Session> repository = shared.getIfAvailable();
        return repository == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(repository);
    }

    /** Tells the session registry when sessions end, so it does not keep them forever. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
