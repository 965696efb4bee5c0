package org.skills4cities.toolkit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first platform admin never takes over an account someone else registered with its email. Runs on a database of
 * its own, since the other tests create platform admins.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1")
class FirstAdminIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Test
    void neverTakesOverAnAccountRegisteredWithItsEmail() {
        assertThat(accounts.hasPlatformAdmin()).isFalse();
        Account active = TestAccounts.active(accounts, passwords, "Someone");
        assertThatThrownBy(() ->
                        accounts.createFirstAdmin(active.email(), "Admin", "the real admin passphrase", Language.EN))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("account.invalid.email.taken"));

        String email = "admin-" + active.id() + "@city.example";
        accounts.register(email, "Squatter", "the squatter passphrase", Language.EN);
        Account admin = accounts.createFirstAdmin(email, "Admin", "the real admin passphrase", Language.EN);

        assertThat(admin.platformAdmin()).isTrue();
        assertThat(admin.isActive()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Admin");
        assertThat(accounts.login(email, "the squatter passphrase", "127.0.0.9").succeeded())
                .isFalse();
        assertThat(accounts.login(email, "the real admin passphrase", "127.0.0.9")
                        .succeeded())
                .isTrue();
    }
}
