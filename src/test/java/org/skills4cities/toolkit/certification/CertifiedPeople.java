package org.skills4cities.toolkit.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.exam.ExamResultRecorded;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Decision;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Takes a candidate through a whole validation case (claims, evidence, an assessor's ratings and a validated
 * decision) and a passed exam, as the exam module reports it: the certificate is then issued by the platform itself.
 */
public record CertifiedPeople(
        Accounts accounts,
        Passwords passwords,
        Organisations organisations,
        Assessments assessments,
        ValidationCases cases,
        Portfolios portfolios,
        ApplicationEventPublisher events,
        ValidationPeople people) {

    public static CertifiedPeople create(
            Accounts accounts,
            Passwords passwords,
            Organisations organisations,
            Assessments assessments,
            ValidationCases cases,
            Portfolios portfolios,
            ApplicationEventPublisher events) {
        return new CertifiedPeople(
                accounts,
                passwords,
                organisations,
                assessments,
                cases,
                portfolios,
                events,
                ValidationPeople.create(accounts, passwords, organisations, assessments));
    }

    /** A new candidate of the given name, taken through a validated case and a passed exam; gives the case. */
    public CaseFile certify(String name) {
        return certify(ValidationPeople.candidate(accounts, passwords, assessments, name));
    }

    /**
     * The given candidate, who has a stored self-assessment claiming {@link ValidationPeople#CLAIMS}, taken through a
     * validated case and a passed exam; gives the case.
     */
    public CaseFile certify(Account candidate) {
        CaseFile file =
                cases.open(candidate, ValidationPeople.ROLE, people.body().id());
        cases.confirmClaims(candidate, file.id());
        portfolios.addNote(candidate, file.id(), "A.1", "Led the open-data portal of Ruse");
        portfolios.addNote(candidate, file.id(), "A.4", "Smart city strategy of Patras");
        portfolios.addNote(candidate, file.id(), "C.1", "Sensor tender");
        cases.submitPortfolio(candidate, file.id());
        cases.assign(people.assessor(), file.id(), people.assessor().id());
        for (String code : List.of("A.1", "A.4", "A.5", "C.1")) {
            cases.rate(people.assessor(), file.id(), code, 3, "Shown in the portfolio");
        }
        cases.decide(people.assessor(), file.id(), Decision.VALIDATED, "Convincing portfolio");
        events.publishEvent(new ExamResultRecorded(
                UUID.randomUUID(),
                candidate.id(),
                "skills4cities",
                ValidationPeople.ROLE,
                true,
                new BigDecimal("82.50"),
                Instant.now()));
        return cases.get(candidate, file.id());
    }

    public Account assessor() {
        return people.assessor();
    }

    public Account otherAssessor() {
        return people.otherAssessor();
    }
}
