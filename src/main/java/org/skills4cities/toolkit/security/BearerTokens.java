package org.skills4cities.toolkit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer s4c_…}. A token that is unknown, revoked,
 * expired or of a disabled account is refused with 401, even on a public endpoint, so that a client learns at once
 * that its token is bad. An account whose second factor is enrolled made the token with it, so the token counts as
 * complete sign-in.
 */
class BearerTokens extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final ApiAuthProblems problems;

    BearerTokens(AccessTokens tokens, Accounts accounts, ApiAuthProblems problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account =
                tokens.authenticate(header.substring(SCHEME.length()).strip());
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("Bad token"));
            return;
        }
        SignedIn user = SignedIn.of(account.get(), accounts.roles(account.get()), SignedIn.Stage.COMPLETE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PasswordLogin.token(user));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
