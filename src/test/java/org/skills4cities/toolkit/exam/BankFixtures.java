package org.skills4cities.toolkit.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Certification bodies with their people, and item bank files, for the item bank tests. */
public final class BankFixtures {

    private static final Set<UUID> BODIES = ConcurrentHashMap.newKeySet();

    private BankFixtures() {}

    /** A certification body with an assessor and a content editor, and an assessor of another body. */
    public record Body(Organisation organisation, Account assessor, Account editor, Account stranger) {

        public UUID id() {
            return organisation.id();
        }

        public static Body create(Accounts accounts, Passwords passwords, Organisations organisations) {
            Account admin = TestAccounts.active(accounts, passwords, "Platform admin", true);
            Organisation body = organisations.create(
                    admin, "Certification body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
            Organisation other =
                    organisations.create(admin, "Other body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
            Account assessor = TestAccounts.active(accounts, passwords, "Assessor");
            organisations.grant(admin, body.id(), assessor.id(), Role.ASSESSOR);
            Account editor = TestAccounts.active(accounts, passwords, "Content editor");
            organisations.grant(admin, body.id(), editor.id(), Role.CONTENT_EDITOR);
            Account stranger = TestAccounts.active(accounts, passwords, "Other assessor");
            organisations.grant(admin, other.id(), stranger.id(), Role.ASSESSOR);
            BODIES.add(body.id());
            BODIES.add(other.id());
            return new Body(body, assessor, editor, stranger);
        }
    }

    /** The test bank file (the stand-in for the reference bank). */
    public static byte[] testBank() {
        try (InputStream in = BankFixtures.class.getResourceAsStream("/exams/fixture-bank.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test bank with one text changed and one question left out. */
    public static byte[] editedBank() {
        String text = new String(testBank(), StandardCharsets.UTF_8)
                .replace("\"Question A.1-1?\"", "\"Which stakeholder signs the data-sharing agreement?\"")
                .replace("\"code\": \"D.10-1\"", "\"code\": \"D.10-9\"");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Takes away the banks of the bodies the tests made, so that tests sharing the database start clean. */
    public static void removeBanks(JdbcClient jdbc) {
        for (UUID body : BODIES) {
            jdbc.sql("DELETE FROM exam_text WHERE organisation_id = ?")
                    .param(body)
                    .update();
            jdbc.sql("DELETE FROM exam_option WHERE organisation_id = ?")
                    .param(body)
                    .update();
            jdbc.sql("DELETE FROM exam_item WHERE organisation_id = ?")
                    .param(body)
                    .update();
            jdbc.sql("DELETE FROM exam_bank WHERE organisation_id = ?")
                    .param(body)
                    .update();
        }
    }
}
