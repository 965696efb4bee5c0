package org.skills4cities.toolkit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skills4cities.toolkit.account.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a signed-in person back to enrolling a second factor as soon as they hold a role that needs one without having
 * one in force — a role given while they were signed in (an invitation accepted, a grant by an admin) would otherwise
 * be used on the strength of a sign-in that never asked for it.
 */
class SecondFactorRequired extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorRequired(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedIn user
                && user.stage() == SignedIn.Stage.COMPLETE
                && accounts.lacksRequiredSecondFactor(user.accountId())) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(PasswordLogin.token(user.at(SignedIn.Stage.ENROL_SECOND_FACTOR)));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
