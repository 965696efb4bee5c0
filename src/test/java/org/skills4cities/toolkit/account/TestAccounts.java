package org.skills4cities.toolkit.account;

import java.util.Locale;
import java.util.UUID;
import org.skills4cities.toolkit.language.Language;

/** Accounts for tests, made active at once (without the mailed confirmation), with unique emails. */
public final class TestAccounts {

    public static final String PASSWORD = "a long test passphrase";

    private TestAccounts() {}

    public static Account active(Accounts accounts, Passwords passwords, String name) {
        return active(accounts, passwords, name, false);
    }

    public static Account active(Accounts accounts, Passwords passwords, String name, boolean platformAdmin) {
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + id + "@example.org";
        accounts.insert(id, email, name, passwords.hash(PASSWORD), Language.EN, AccountStatus.ACTIVE, platformAdmin);
        return accounts.find(id).orElseThrow();
    }
}
