package org.skills4cities.toolkit.exam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;

/** A certification body of its own for a test, with an assessor; candidates with accounts; the right answers. */
public record ExamPeople(Account admin, Organisation body, Account assessor) {

    public static ExamPeople create(Accounts accounts, Passwords passwords, Organisations organisations) {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation body = organisations.create(
                admin, "Certification body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Account assessor = TestAccounts.active(accounts, passwords, "Assessor");
        organisations.grant(admin, body.id(), assessor.id(), Role.ASSESSOR);
        return new ExamPeople(admin, body, assessor);
    }

    public static SessionForm form(String role, String date, String time, String offset) {
        return new SessionForm(role, date, time, "Europe/Sofia", offset, "60", "30", true);
    }

    /** The English explanation of every question and scenario part of a bank, by key. */
    public static Map<String, String> explanations(List<ExamItem> bank) {
        Map<String, String> explanations = new HashMap<>();
        for (ExamItem item : bank) {
            for (ExamItem question : item.parts().isEmpty() ? List.of(item) : item.parts()) {
                explanations.put(question.code(), question.explanation().english());
            }
        }
        return explanations;
    }

    /** The correct options of every question and scenario part of a bank, by key. */
    public static Map<String, Set<String>> correct(List<ExamItem> bank) {
        Map<String, Set<String>> correct = new HashMap<>();
        for (ExamItem item : bank) {
            for (ExamItem question : item.parts().isEmpty() ? List.of(item) : item.parts()) {
                correct.put(
                        question.code(),
                        question.options().stream()
                                .filter(ChoiceOption::correct)
                                .map(ChoiceOption::id)
                                .collect(Collectors.toSet()));
            }
        }
        return correct;
    }
}
