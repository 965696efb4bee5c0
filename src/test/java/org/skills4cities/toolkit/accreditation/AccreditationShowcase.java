package org.skills4cities.toolkit.accreditation;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * Accreditation pages with something on them, for tests that look at every page: an accredited training
 * organisation, a trainer accredited and then withdrawn, and another organisation's application under review after a
 * request for more; each page with the email of who looks at it (user texts in Greek, as a Greek provider writes).
 */
public final class AccreditationShowcase {

    private AccreditationShowcase() {}

    public static Map<String, String> create(
            Accounts accounts,
            Passwords passwords,
            Organisations organisations,
            Applications applications,
            Accreditations accreditations) {
        Account admin = TestAccounts.active(accounts, passwords, "Διαχειριστής", true);
        long n = System.nanoTime();
        Organisation provider = organisations.create(admin, "Ακαδημία Πόλης " + n, OrganisationKind.TRAINING_PROVIDER);
        Organisation second = organisations.create(admin, "Κέντρο Κατάρτισης " + n, OrganisationKind.TRAINING_PROVIDER);
        Organisation body =
                organisations.create(admin, "Φορέας Διαπίστευσης " + n, OrganisationKind.CERTIFICATION_BODY);
        Account providerAdmin = member(
                accounts, passwords, organisations, admin, provider, "Πέτρα Παρόχου", Role.TRAINING_PROVIDER_ADMIN);
        organisations.grant(admin, second.id(), providerAdmin.id(), Role.TRAINING_PROVIDER_ADMIN);
        Account trainer =
                member(accounts, passwords, organisations, admin, provider, "Τόδωρος Εκπαιδευτής", Role.TRAINER);
        Account assessor = member(accounts, passwords, organisations, admin, body, "Άννα Αξιολογήτρια", Role.ASSESSOR);
        Account outsider = TestAccounts.active(accounts, passwords, "Νίκος Νέος");

        ApplicationFile organisation =
                applications.open(providerAdmin, Subject.TRAINING_ORGANISATION, provider.id(), body.id());
        decide(applications, providerAdmin, assessor, organisation);
        ApplicationFile self = applications.open(trainer, Subject.TRAINER, provider.id(), body.id());
        Accreditation trainerAccreditation = decide(applications, trainer, assessor, self);
        accreditations.withdraw(assessor, trainerAccreditation.id(), "Δεν διδάσκει πλέον");

        ApplicationFile review =
                applications.open(providerAdmin, Subject.TRAINING_ORGANISATION, second.id(), body.id());
        write(applications, providerAdmin, review);
        applications.addLink(providerAdmin, review.id(), "TO-3", "https://example.org/mathimata", "Μαθήματα");
        applications.submit(providerAdmin, review.id());
        applications.takeForReview(assessor, review.id());
        applications.rate(assessor, review.id(), "TO-1", Rating.MET, "Επαρκές");
        applications.rate(assessor, review.id(), "TO-8", Rating.NOT_MET, "Λείπει η δήλωση προσβασιμότητας");
        applications.askForMore(assessor, review.id(), "Προσθέστε τη δήλωση προσβασιμότητας");
        applications.submit(providerAdmin, review.id());
        applications.takeForReview(assessor, review.id());

        Map<String, String> pages = new LinkedHashMap<>();
        String path = "/accreditation/applications/" + review.id();
        pages.put("/accreditation", providerAdmin.email());
        pages.put("/accreditation?as=trainer", trainer.email());
        pages.put("/accreditation?as=assessor", assessor.email());
        pages.put("/accreditation?as=outsider", outsider.email());
        pages.put(path, providerAdmin.email());
        pages.put(path + "?as=assessor", assessor.email());
        pages.put("/accreditation/applications/" + organisation.id(), providerAdmin.email());
        pages.put("/registry/training-organisations", outsider.email());
        pages.put("/registry/training-organisations?q=ΑΚΑΔΗΜΙΑ", outsider.email());
        pages.put("/registry/training-organisations?q=zzzzqqq", outsider.email());
        pages.put("/registry/trainers", outsider.email());
        pages.put("/registry/criteria", outsider.email());
        pages.put("/registry/training-organisations/" + provider.id(), outsider.email());
        pages.put("/registry/trainers/" + trainer.id(), outsider.email());
        pages.put("/registry/trainers/" + UUID.randomUUID(), outsider.email());
        return pages;
    }

    private static Accreditation decide(
            Applications applications, Account applicant, Account assessor, ApplicationFile file) {
        write(applications, applicant, file);
        applications.submit(applicant, file.id());
        applications.takeForReview(assessor, file.id());
        for (Criterion c : file.criteria()) {
            applications.rate(assessor, file.id(), c.code(), Rating.MET, "Επαρκές");
        }
        return applications.accredit(assessor, file.id(), "Πληροί τα κριτήρια");
    }

    private static void write(Applications applications, Account applicant, ApplicationFile file) {
        for (Criterion c : file.criteria()) {
            applications.write(applicant, file.id(), c.code(), "Δήλωση για το κριτήριο " + c.code());
        }
    }

    private static Account member(
            Accounts accounts,
            Passwords passwords,
            Organisations organisations,
            Account admin,
            Organisation organisation,
            String name,
            Role role) {
        return AccreditationPeople.member(accounts, passwords, organisations, admin, organisation, name, role);
    }
}
