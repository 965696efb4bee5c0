package org.skills4cities.toolkit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Tells the pages who is signed in, by the request attribute {@link Pages#USER}. */
class SignedInUser extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedIn user
                && user.stage() == SignedIn.Stage.COMPLETE) {
            request.setAttribute(Pages.USER, user.displayName());
        }
        chain.doFilter(request, response);
    }

    /** The signed-in person of the request, if sign-in is complete. */
    static SignedIn current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn user) {
            return user;
        }
        throw new IllegalStateException("Nobody is signed in");
    }
}
