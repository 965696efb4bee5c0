package org.skills4cities.toolkit.account;

import org.skills4cities.toolkit.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform can be administered: the first platform admin comes from {@code TOOLKIT_ADMIN_EMAIL} and
 * {@code TOOLKIT_ADMIN_PASSWORD} when they are set, else from a one-time setup link printed in the log at start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(
            Accounts accounts,
            @Value("${toolkit.admin.email:}") String email,
            @Value("${toolkit.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasPlatformAdmin()) {
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            try {
                Account admin = accounts.createFirstAdmin(email, "Platform admin", password, Language.DEFAULT);
                log.info("Created the first platform admin {} from configuration", admin.email());
                return;
            } catch (InvalidInput | PasswordRejected refused) {
                log.error(
                        "TOOLKIT_ADMIN_EMAIL/TOOLKIT_ADMIN_PASSWORD refused ({}); no admin was created",
                        refused.getMessage());
            }
        }
        log.warn(
                "No platform admin exists yet. Open this link within 24 hours to create one: {}", accounts.setupLink());
    }
}
