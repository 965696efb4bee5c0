package org.skills4cities.toolkit.security;

import java.util.ArrayList;
import java.util.List;
import org.skills4cities.toolkit.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of a signed-in person: {@code SIGNED_IN} and {@code ROLE_<role>} once sign-in is complete; only
 * {@code ENROL_SECOND_FACTOR} or {@code ENTER_SECOND_FACTOR} before, which open nothing but those steps.
 */
final class Authorities {

    static final String SIGNED_IN = "SIGNED_IN";
    static final String ENROL_SECOND_FACTOR = "ENROL_SECOND_FACTOR";
    static final String ENTER_SECOND_FACTOR = "ENTER_SECOND_FACTOR";

    private Authorities() {}

    static List<GrantedAuthority> of(SignedIn user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        switch (user.stage()) {
            case ENROL_SECOND_FACTOR -> authorities.add(new SimpleGrantedAuthority(ENROL_SECOND_FACTOR));
            case ENTER_SECOND_FACTOR -> authorities.add(new SimpleGrantedAuthority(ENTER_SECOND_FACTOR));
            case COMPLETE -> {
                authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
                for (Role role : user.roles()) {
                    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                }
            }
        }
        return authorities;
    }
}
