package org.skills4cities.toolkit.validation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a step of a case, the same way for every step: reads the case whole, finds who the person is to it (nobody:
 * the case does not exist for them), checks the step's guard, takes the case under its version (another change that
 * came first refuses this one), does the step's work, moves the phase, and records the step in the case's history and
 * the audit log. Runs inside the caller's transaction, so that a refusal leaves nothing behind.
 */
@Component
class Steps {

    private static final Logger log = LoggerFactory.getLogger(Steps.class);

    private final CaseRecords records;
    private final EvidenceRecords evidence;
    private final FrameworkCatalogue catalogue;
    private final Accounts accounts;
    private final AuditLog audit;

    Steps(
            CaseRecords records,
            EvidenceRecords evidence,
            FrameworkCatalogue catalogue,
            Accounts accounts,
            AuditLog audit) {
        this.records = records;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
    }

    Optional<CaseFile> file(UUID id) {
        return records.find(id)
                .map(c -> new CaseFile(
                        c,
                        requirements(c),
                        records.claims(id),
                        evidence.of(id),
                        records.assessors(id),
                        records.ratings(id),
                        records.requests(id),
                        records.exams(id),
                        records.history(id)));
    }

    /** The case as this person may see it; for anyone it is nothing to, as if it did not exist. */
    CaseFile visible(Account actor, UUID id) {
        return file(id).filter(f -> standing(actor, f) != Standing.NONE)
                .orElseThrow(() -> new CaseNotFound(id.toString()));
    }

    Standing standing(Account actor, CaseFile file) {
        if (actor.id().equals(file.validationCase().candidate())) {
            return Standing.CANDIDATE;
        }
        if (!assesses(actor.id(), file.validationCase().body())) {
            return Standing.NONE;
        }
        return file.assigned(actor.id()) ? Standing.ASSIGNED_ASSESSOR : Standing.BODY_ASSESSOR;
    }

    /** Whether the account is an assessor of the certification body. */
    boolean assesses(UUID account, UUID body) {
        return accounts.memberships(account).stream()
                .anyMatch(m -> m.organisationId().equals(body) && m.role() == Role.ASSESSOR);
    }

    /** Takes the step by a person, or by the platform itself when {@code actor} is null. */
    CaseFile take(@Nullable Account actor, UUID id, Transition transition, Function<CaseFile, Move> work) {
        CaseFile file = file(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        Standing standing = actor == null ? Standing.SYSTEM : standing(actor, file);
        if (standing == Standing.NONE) {
            throw new CaseNotFound(id.toString());
        }
        transition.check(file, standing);
        if (!records.lock(id, file.validationCase().version())) {
            Phase now = records.find(id).map(ValidationCase::phase).orElse(file.phase());
            throw new Refused(transition, now, "stale", List.of(Messages.of("validation.phase." + now.code())));
        }
        Move move = work.apply(file);
        if (move.phase() != file.phase() || move.outcome() != null) {
            records.move(id, move.phase(), move.outcome());
        }
        record(actor, file, transition.code(), file.phase().code(), move.state(), move.comment());
        return file(id).orElseThrow();
    }

    void record(
            @Nullable Account actor,
            CaseFile file,
            String action,
            @Nullable String from,
            String to,
            @Nullable String comment) {
        UUID id = file.id();
        String name = actor == null ? "Skills4Cities Toolkit" : actor.displayName();
        records.history(id, actor == null ? null : actor.id(), name, action, from, to, comment);
        audit.record(
                actor == null ? null : actor.id(),
                actor == null ? "system" : actor.email(),
                "validation." + action,
                "validation case " + id,
                file.validationCase().body(),
                (from == null ? "" : from + " -> ") + to);
        log.info("Validation case {}: {} ({} -> {})", id, action, from, to);
    }

    private List<Requirement> requirements(ValidationCase c) {
        return catalogue
                .find(c.framework().slug(), c.framework().version())
                .flatMap(f -> f.role(c.role()))
                .map(RoleProfile::requirements)
                .orElse(List.of());
    }
}
