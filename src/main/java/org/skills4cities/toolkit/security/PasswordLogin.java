package org.skills4cities.toolkit.security;

import java.util.Set;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.LoginOutcome;
import org.skills4cities.toolkit.account.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the login form's email and password through {@link Accounts#login}; every failure, whatever its cause,
 * is the same {@link BadCredentialsException}. An account whose roles need a second factor, or that has one, is
 * only part-way signed in until the code is given (or the factor enrolled). It is a bean so that Spring Boot makes no
 * default user; the login form's chain uses it alone, with no parent manager to try again (which would count every
 * failed attempt twice).
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final Accounts accounts;

    PasswordLogin(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getPrincipal());
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        LoginOutcome outcome = accounts.login(email, password, address);
        if (!outcome.succeeded()) {
            throw new BadCredentialsException("Login failed");
        }
        return signedIn(outcome.account());
    }

    UsernamePasswordAuthenticationToken signedIn(Account account) {
        Set<Role> roles = accounts.roles(account);
        SignedIn.Stage stage;
        if (account.totpEnabled()) {
            stage = SignedIn.Stage.ENTER_SECOND_FACTOR;
        } else if (roles.stream().anyMatch(Role::requiresSecondFactor)) {
            stage = SignedIn.Stage.ENROL_SECOND_FACTOR;
        } else {
            stage = SignedIn.Stage.COMPLETE;
        }
        return token(SignedIn.of(account, roles, stage));
    }

    static UsernamePasswordAuthenticationToken token(SignedIn user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, Authorities.of(user));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
