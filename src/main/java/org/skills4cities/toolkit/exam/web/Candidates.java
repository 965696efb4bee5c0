package org.skills4cities.toolkit.exam.web;

import java.security.Principal;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.exam.ExamNotFound;
import org.springframework.stereotype.Component;

/** The active account of the signed-in person of a request, found by the principal's name (the email). */
@Component
class Candidates {

    private final Accounts accounts;

    Candidates(Accounts accounts) {
        this.accounts = accounts;
    }

    Account of(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new ExamNotFound("account"));
    }
}
