package org.skills4cities.toolkit.validation;

import java.util.List;
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
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.Rating;

/**
 * The people of a validation test: a platform admin, a certification body with two assessors, another body with one,
 * a city with an HR manager, and candidates with a self-assessment of the developer role (SCPD) in which they claim
 * three of its mandatory competences (A.1 at 3, A.4 at 3, C.1 at 4) and one optional one (A.5 at 2), nothing else.
 */
public record ValidationPeople(
        Account admin,
        Organisation body,
        Account assessor,
        Account secondAssessor,
        Organisation otherBody,
        Account otherAssessor,
        Account hrManager,
        Account candidate,
        Account otherCandidate) {

    public static final String ROLE = "SCPD";
    public static final Map<String, Integer> CLAIMS = Map.of("A.1", 3, "A.4", 3, "C.1", 4, "A.5", 2);
    public static final List<String> MANDATORY_CLAIMED = List.of("A.1", "A.4", "C.1");

    public static ValidationPeople create(
            Accounts accounts, Passwords passwords, Organisations organisations, Assessments assessments) {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation body = organisations.create(
                admin, "Certification body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Organisation other =
                organisations.create(admin, "Other body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Organisation city =
                organisations.create(admin, "City " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        Account candidate = candidate(accounts, passwords, assessments, "Maria Candidate");
        return new ValidationPeople(
                admin,
                body,
                member(accounts, passwords, organisations, admin, body, "Anna Assessor", Role.ASSESSOR),
                member(accounts, passwords, organisations, admin, body, "Boris Assessor", Role.ASSESSOR),
                other,
                member(accounts, passwords, organisations, admin, other, "Olga Assessor", Role.ASSESSOR),
                member(accounts, passwords, organisations, admin, city, "Hristo HR", Role.HR_MANAGER),
                candidate,
                candidate(accounts, passwords, assessments, "Other Candidate"));
    }

    /** The same people with a new candidate, who has no case yet. */
    public ValidationPeople withNewCandidate(Accounts accounts, Passwords passwords, Assessments assessments) {
        return new ValidationPeople(
                admin,
                body,
                assessor,
                secondAssessor,
                otherBody,
                otherAssessor,
                hrManager,
                candidate(accounts, passwords, assessments, "Maria Candidate"),
                otherCandidate);
    }

    /** A new account with a stored self-assessment that makes the claims of {@link #CLAIMS}. */
    public static Account candidate(Accounts accounts, Passwords passwords, Assessments assessments, String name) {
        Account candidate = TestAccounts.active(accounts, passwords, name);
        List<Rating> ratings = CLAIMS.entrySet().stream()
                .map(e -> new Rating(e.getKey(), e.getValue(), null))
                .toList();
        assessments.create("skills4cities", null, ROLE, ratings, candidate.id());
        return candidate;
    }

    private static Account member(
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
