package org.skills4cities.toolkit.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;

/**
 * The validation pages with most of what they can show (claims, evidence, ratings, a request, the rating and decision
 * forms), for checks of the pages' language: each address with the email of who looks at it. What people typed is in
 * Greek letters, so that a check for English words finds only the interface's.
 */
public final class ValidationShowcase {

    private ValidationShowcase() {}

    public static Map<String, String> create(
            Accounts accounts,
            Passwords passwords,
            Organisations organisations,
            Assessments assessments,
            ValidationCases cases,
            Portfolios portfolios) {
        Account admin = TestAccounts.active(accounts, passwords, "Διαχειριστής", true);
        Organisation body =
                organisations.create(admin, "Φορέας ECQA " + System.nanoTime(), OrganisationKind.CERTIFICATION_BODY);
        Account assessor = TestAccounts.active(accounts, passwords, "Άννα Αξιολογήτρια");
        organisations.grant(admin, body.id(), assessor.id(), Role.ASSESSOR);
        Account other = TestAccounts.active(accounts, passwords, "Βασίλης Αξιολογητής");
        organisations.grant(admin, body.id(), other.id(), Role.ASSESSOR);
        Account candidate = ValidationPeople.candidate(accounts, passwords, assessments, "Μαρία Παπαδοπούλου");
        Account newcomer = TestAccounts.active(accounts, passwords, "Νίκος Νέος");

        CaseFile file = cases.open(candidate, ValidationPeople.ROLE, body.id());
        cases.confirmClaims(candidate, file.id());
        portfolios.addNote(candidate, file.id(), "A.1", "Χάρτης ενδιαφερόμενων μερών");
        portfolios.addLink(candidate, file.id(), "A.4", "https://example.org/a4", "Στρατηγική");
        portfolios.addNote(candidate, file.id(), "C.1", "Διαγωνισμός αισθητήρων");
        cases.submitPortfolio(candidate, file.id());
        cases.assign(assessor, file.id(), assessor.id());
        cases.rate(assessor, file.id(), "A.1", 3, "Πειστικό");
        cases.askForEvidence(assessor, file.id(), "Προσθέστε περισσότερα", List.of("C.1"));
        portfolios.addNote(candidate, file.id(), "C.1", "Σημείωμα επιλογής");
        cases.submitPortfolio(candidate, file.id());

        Map<String, String> pages = new LinkedHashMap<>();
        String path = "/validation/cases/" + file.id();
        pages.put("/validation", candidate.email());
        pages.put("/validation?as=newcomer", newcomer.email());
        pages.put(path, candidate.email());
        pages.put(path + "?as=assessor", assessor.email());
        pages.put(path + "?as=unassigned", other.email());
        pages.put("/validation/body?filter=all", assessor.email());
        pages.put("/validation/body?filter=unassigned", other.email());
        return pages;
    }
}
