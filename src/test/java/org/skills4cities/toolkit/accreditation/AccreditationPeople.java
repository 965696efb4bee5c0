package org.skills4cities.toolkit.accreditation;

import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;

/**
 * The people of an accreditation test: a platform admin; a training provider with its admin and a trainer; a
 * certification body with two assessors; another body with one.
 */
public record AccreditationPeople(
        Account admin,
        Organisation provider,
        Account providerAdmin,
        Account trainer,
        Organisation body,
        Account assessor,
        Account secondAssessor,
        Organisation otherBody,
        Account otherAssessor) {

    public static AccreditationPeople create(Accounts accounts, Passwords passwords, Organisations organisations) {
        return create(accounts, passwords, organisations, "Akademia Polis " + UUID.randomUUID());
    }

    public static AccreditationPeople create(
            Accounts accounts, Passwords passwords, Organisations organisations, String providerName) {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation provider = organisations.create(admin, providerName, OrganisationKind.TRAINING_PROVIDER);
        Organisation body = organisations.create(
                admin, "Certification body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Organisation other =
                organisations.create(admin, "Other body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        return new AccreditationPeople(
                admin,
                provider,
                member(
                        accounts,
                        passwords,
                        organisations,
                        admin,
                        provider,
                        "Petra Provider",
                        Role.TRAINING_PROVIDER_ADMIN),
                member(accounts, passwords, organisations, admin, provider, "Todor Trainer", Role.TRAINER),
                body,
                member(accounts, passwords, organisations, admin, body, "Anna Assessor", Role.ASSESSOR),
                member(accounts, passwords, organisations, admin, body, "Boris Assessor", Role.ASSESSOR),
                other,
                member(accounts, passwords, organisations, admin, other, "Olga Assessor", Role.ASSESSOR));
    }

    static Account member(
            Accounts accounts,
            Passwords passwords,
            Organisations organisations,
            Account admin,
            Organisation organisation,
            String name,
            Role role) {
        Account account = TestAccounts.active(accounts, passwords, name);
        organisations.grant(admin, organisation.id(), account.id(), role);
        return account;
    }
}
