package org.skills4cities.toolkit.authoring;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.springframework.stereotype.Component;

/**
 * Who may write which framework: platform admins write every framework, content editors and HR managers the
 * frameworks their organisation owns. A new framework belongs to the organisation the caller names, which must be one
 * they write for; without one it is the platform's, which only platform admins may create.
 */
@Component
class Writers {

    private static final Set<Role> WRITING_ROLES = Set.of(Role.CONTENT_EDITOR, Role.HR_MANAGER);

    private final Accounts accounts;

    Writers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The access of a signed-in person, creating frameworks for the organisation given (none: the platform). */
    Access of(Principal principal, @Nullable UUID organisation) {
        Account account = accounts.signedIn(principal).orElseThrow(() -> new ImportAccess.Forbidden(""));
        return new Access(account, accounts.memberships(account.id()), organisation);
    }

    /** Access for anyone, signed in or not: reads only. */
    Access reader(@Nullable Principal principal) {
        return principal == null ? Access.NOBODY : of(principal, null);
    }

    /** One person's rights over frameworks. */
    record Access(
            @Nullable Account account,
            List<Membership> memberships,
            @Nullable UUID organisation) implements ImportAccess {

        static final Access NOBODY = new Access(null, List.of(), null);

        @Override
        public String actor() {
            return account == null ? "" : account.email();
        }

        @Override
        public boolean mayWrite(@Nullable UUID owner) {
            if (account == null) {
                return false;
            }
            if (account.platformAdmin()) {
                return true;
            }
            return owner != null
                    && memberships.stream()
                            .anyMatch(m -> m.organisationId().equals(owner) && WRITING_ROLES.contains(m.role()));
        }

        @Override
        public @Nullable UUID ownerOfNew() {
            return organisation;
        }

        /** The organisations this person writes frameworks for. */
        List<Membership> writingFor() {
            return memberships.stream()
                    .filter(m -> WRITING_ROLES.contains(m.role()))
                    .toList();
        }
    }
}
