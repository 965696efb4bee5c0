package org.skills4cities.toolkit.account.web;

import java.security.Principal;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.springframework.stereotype.Component;

/** The account of the signed-in person of a request, found by the principal's name (the email). */
@Component
class SignedInAccount {

    private final Accounts accounts;

    SignedInAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    Account of(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new Accounts.NotFound("account", principal.getName()));
    }
}
