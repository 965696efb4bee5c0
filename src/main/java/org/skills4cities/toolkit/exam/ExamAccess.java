package org.skills4cities.toolkit.exam;

import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who runs a certification body's exam sessions: its assessors, and platform admins. For anyone else, and for an
 * organisation that is no certification body, the body's sessions do not exist.
 */
@Component
public class ExamAccess {

    private final Accounts accounts;
    private final Organisations organisations;

    ExamAccess(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** The certification body, if the actor runs its sessions. */
    public Organisation body(Account actor, UUID organisationId) {
        boolean assessor = accounts.memberships(actor.id()).stream()
                .anyMatch(m -> m.organisationId().equals(organisationId) && m.role() == Role.ASSESSOR);
        if (!assessor && !actor.platformAdmin()) {
            throw new ExamNotFound("organisation " + organisationId);
        }
        Organisation body;
        try {
            body = organisations.get(actor, organisationId);
        } catch (Accounts.NotFound e) {
            throw new ExamNotFound("organisation " + organisationId);
        }
        if (body.kind() != OrganisationKind.CERTIFICATION_BODY) {
            throw new ExamNotFound("organisation " + organisationId);
        }
        return body;
    }
}
