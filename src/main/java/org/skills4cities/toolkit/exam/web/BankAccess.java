package org.skills4cities.toolkit.exam.web;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.exam.BankNotFound;
import org.skills4cities.toolkit.exam.ItemBank;
import org.springframework.stereotype.Component;

/** The certification body named in an address, if the signed-in person manages its item bank; else it does not exist. */
@Component
class BankAccess {

    private final Accounts accounts;
    private final ItemBank bank;

    BankAccess(Accounts accounts, ItemBank bank) {
        this.accounts = accounts;
        this.bank = bank;
    }

    /** A body and who manages its bank on this request. */
    record Managed(Account actor, Organisation body) {

        UUID id() {
            return body.id();
        }
    }

    Managed body(@Nullable Principal principal, String id) {
        Account actor = accounts.signedIn(principal).orElseThrow(() -> new BankNotFound(id));
        UUID organisation;
        try {
            organisation = UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw new BankNotFound(id);
        }
        try {
            return new Managed(actor, bank.body(actor, organisation));
        } catch (Accounts.NotFound gone) {
            throw new BankNotFound(id);
        }
    }
}
