package org.skills4cities.toolkit.security;

import java.time.Clock;
import java.time.Duration;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: a Bearer token or nothing, no session, no cookies, so
 * no CSRF to guard against. The pages use the session of the login form, guarded by CSRF tokens on every form.
 * Both send the same security headers. Who may see which object is checked again by the services on the object.
 */
@Configuration
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccessTokens tokens, Accounts accounts, ApiAuthProblems problems)
            throws Exception {
        http.securityMatcher("/api/**", "/ims/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokens(tokens, accounts, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/frameworks/**")
                        .permitAll()
                        .requestMatchers("/api/v1/search", "/api/v1/translations", "/ims/case/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/guide")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                        .permitAll()
                        .requestMatchers("/api/v1/assessments", "/api/v1/assessments/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/curricula/**", "/api/v1/offers")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/exams/blueprints", "/api/v1/exams/blueprints/**")
                        .permitAll()
                        // certificates: anyone may verify a credential and search the registry of certified people
                        .requestMatchers(HttpMethod.POST, "/api/v1/credentials/verify")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/registry/people")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/registry/**")
                        .permitAll()
                        // an evidence file answers 404 to anyone it is not for, the anonymous included
                        .requestMatchers(HttpMethod.GET, "/api/v1/validation/cases/*/evidence/*/file")
                        .permitAll()
                        .requestMatchers("/api/v1/audit/**")
                        .hasRole("PLATFORM_ADMIN")
                        .requestMatchers("/api/**")
                        .hasAuthority(Authorities.SIGNED_IN));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            PasswordLogin login,
            LoginHandlers handlers,
            Clock clock,
            @Value("${toolkit.security.session-lifetime}") Duration lifetime)
            throws Exception {
        http.authenticationManager(new ProviderManager(login))
                .addFilterBefore(new SessionLifetime(lifetime, clock), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SignedInUser(), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(handlers)
                        .failureHandler(handlers))
                .logout(l -> l.logoutUrl("/logout")
                        .addLogoutHandler(handlers)
                        .logoutSuccessUrl("/login?loggedOut")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // the public verification form changes nothing and is used without an account: a token that expired
                // with an idle session would only turn a visitor's verification into an error
                .csrf(c -> c.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/verify")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/",
                                "/frameworks/**",
                                "/assessments/**",
                                "/shared/**",
                                "/curricula",
                                "/curricula/**",
                                "/offers",
                                "/search",
                                "/translations",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/login",
                                "/register",
                                "/confirm-email/**",
                                "/verify",
                                "/verify/**",
                                "/registry/people",
                                "/.well-known/did.json",
                                "/.well-known/jwks.json",
                                "/issuers/**",
                                "/credentials/status/**",
                                "/password/forgot",
                                "/password/reset/**",
                                "/setup/**",
                                "/actuator/health/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/invitations/**", "/guide", "/guide/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/exams/roles", "/exams/roles/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/registry/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/validation/cases/*/evidence/*/file")
                        .permitAll()
                        .requestMatchers("/login/second-factor")
                        .hasAuthority(Authorities.ENTER_SECOND_FACTOR)
                        .requestMatchers("/account/second-factor", "/account/second-factor/**")
                        .hasAnyAuthority(Authorities.ENROL_SECOND_FACTOR, Authorities.SIGNED_IN)
                        .requestMatchers("/admin/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyRequest()
                        .hasAuthority(Authorities.SIGNED_IN));
        headers(http);
        return http.build();
    }

    /**
     * No Micrometer observation around every security filter: with the actuator present, Spring Security would wrap
     * each of its filters in one, on every request, static files included, which cost more than the filters
     * themselves (measured in docs/benchmarks.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CookieSerializer cookieSerializer() {
        return new SessionCookies();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    }
}
