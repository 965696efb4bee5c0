package org.skills4cities.toolkit.curriculum.web;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.curriculum.OfferNotFound;
import org.springframework.stereotype.Component;

/**
 * Who may manage a training provider's course offers: its training-provider admins and platform admins. For anyone
 * else, and for an organisation that is no training provider, the provider does not exist.
 */
@Component
class OfferAccess {

    private final Accounts accounts;
    private final Organisations organisations;

    OfferAccess(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A provider and who manages its offers on this request. */
    record Managed(Account actor, Organisation provider) {

        UUID id() {
            return provider.id();
        }
    }

    /** The provider named in the address, if the signed-in person manages its offers. */
    Managed provider(@Nullable Principal principal, String id) {
        Account actor = accounts.signedIn(principal).orElse(null);
        UUID organisation = uuid(id);
        if (actor == null || !(actor.platformAdmin() || isProviderAdmin(actor, organisation))) {
            throw new OfferNotFound("organisation " + id);
        }
        Organisation provider;
        try {
            provider = organisations.get(actor, organisation);
        } catch (Accounts.NotFound e) {
            throw new OfferNotFound("organisation " + id);
        }
        if (provider.kind() != OrganisationKind.TRAINING_PROVIDER) {
            throw new OfferNotFound("organisation " + id);
        }
        return new Managed(actor, provider);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new OfferNotFound(id);
        }
    }

    private boolean isProviderAdmin(Account actor, UUID organisation) {
        return accounts.memberships(actor.id()).stream()
                .anyMatch(m -> m.organisationId().equals(organisation) && m.role() == Role.TRAINING_PROVIDER_ADMIN);
    }
}
