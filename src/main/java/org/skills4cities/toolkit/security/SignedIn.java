package org.skills4cities.toolkit.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Role;

/**
 * Who is signed in, as kept in the session: the account, its email (the principal name, by which its sessions are
 * found and ended), its name, its roles at sign-in, and how far sign-in has got.
 */
public record SignedIn(UUID accountId, String email, String displayName, Set<Role> roles, Stage stage)
        implements Principal, Serializable {

    /** How far sign-in has got: password checked, second factor still to enrol or to enter, or done. */
    public enum Stage {
        ENROL_SECOND_FACTOR,
        ENTER_SECOND_FACTOR,
        COMPLETE
    }

    static SignedIn of(Account account, Set<Role> roles, Stage stage) {
        return new SignedIn(account.id(), account.email(), account.displayName(), Set.copyOf(roles), stage);
    }

    SignedIn at(Stage next) {
        return new SignedIn(accountId, email, displayName, roles, next);
    }

    @Override
    public String getName() {
        return email;
    }
}
