package org.skills4cities.toolkit.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens around the login form: where a person goes next (the second factor, its enrolment, or the page they
 * asked for), the language of their account, and the audit log.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final Accounts accounts;
    private final AuditLog audit;
    private final LocaleResolver locales;
    private final SavedRequestAwareAuthenticationSuccessHandler saved =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginHandlers(Accounts accounts, AuditLog audit, LocaleResolver locales) {
        this.accounts = accounts;
        this.audit = audit;
        this.locales = locales;
        saved.setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        SignedIn user = (SignedIn) authentication.getPrincipal();
        accounts.find(user.accountId())
                .ifPresent(account ->
                        locales.setLocale(request, response, account.language().locale()));
        audit.record(
                user.accountId(),
                user.email(),
                "login.password-passed",
                null,
                null,
                user.stage().name());
        switch (user.stage()) {
            case ENTER_SECOND_FACTOR -> response.sendRedirect("/login/second-factor");
            case ENROL_SECOND_FACTOR -> response.sendRedirect("/account/second-factor");
            case COMPLETE -> {
                audit.record(user.accountId(), user.email(), "login.succeeded", null, null, null);
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect("/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn user) {
            audit.record(user.accountId(), user.email(), "logout", null, null, null);
        }
    }
}
