package org.skills4cities.toolkit.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validation cases and their steps. Every method takes the acting account and checks, on the case itself, that this
 * person may take this step now ({@link Transition}); a case the person is nothing to answers as if it did not exist.
 * The framework is the one of {@code toolkit.validation.framework} (the reference framework): its rules certify a role
 * at the levels the role requires, so a case is for a role.
 */
@Service
public class ValidationCases {

    /** The longest comment, reason or message, in characters. */
    public static final int MAX_TEXT = 4000;

    private final Steps steps;
    private final CaseRecords records;
    private final EvidenceRecords evidence;
    private final Assessments assessments;
    private final FrameworkCatalogue catalogue;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ExamResults exams;
    private final String framework;

    ValidationCases(
            Steps steps,
            CaseRecords records,
            EvidenceRecords evidence,
            Assessments assessments,
            FrameworkCatalogue catalogue,
            Organisations organisations,
            Accounts accounts,
            ExamResults exams,
            @Value("${toolkit.validation.framework:skills4cities}") String framework) {
        this.steps = steps;
        this.records = records;
        this.evidence = evidence;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.accounts = accounts;
        this.exams = exams;
        this.framework = framework;
    }

    /** The framework whose roles cases are opened for. */
    public Framework framework() {
        return catalogue.get(framework);
    }

    /** The roles a case may be opened for. */
    public List<RoleProfile> roles() {
        return framework().roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
    }

    /** The certification bodies a candidate may choose. */
    public List<Organisation> bodies() {
        return organisations.ofKind(OrganisationKind.CERTIFICATION_BODY);
    }

    /** The candidate's latest self-assessment against the framework, whose ratings become a new case's claims. */
    public @Nullable Assessment selfAssessment(Account candidate) {
        return assessments.of(candidate.id()).stream()
                .filter(a -> a.framework().slug().equals(framework))
                .max(Comparator.comparing(Assessment::updatedAt))
                .orElse(null);
    }

    /**
     * Opens a case for a role with a certification body. Refused without a stored self-assessment, or while the
     * candidate has an open case for the role already.
     */
    @Transactional
    public CaseFile open(Account candidate, String roleCode, UUID body) {
        Framework current = framework();
        RoleProfile role = current.role(roleCode)
                .filter(r -> r.state() == ItemState.ACTIVE)
                .orElseThrow(() -> new InvalidRequest("role", "unknownRole", roleCode));
        if (bodies().stream().noneMatch(o -> o.id().equals(body))) {
            throw new InvalidRequest("body", "unknownBody", body.toString());
        }
        Assessment assessment = selfAssessment(candidate);
        if (assessment == null) {
            throw new Refused(null, Phase.IDENTIFICATION, "noSelfAssessment", List.of());
        }
        if (records.openCase(candidate.id(), current.slug(), role.code()).isPresent()) {
            throw new Refused(null, Phase.IDENTIFICATION, "alreadyOpen", List.of(role.code()));
        }
        UUID id = UUID.randomUUID();
        try {
            records.insert(
                    id,
                    candidate.id(),
                    body,
                    new FrameworkVersion(current.slug(), current.version()),
                    role.code(),
                    assessment.id());
        } catch (DuplicateKeyException e) {
            throw new Refused(null, Phase.IDENTIFICATION, "alreadyOpen", List.of(role.code()));
        }
        records.insertClaims(id, claims(current, role, assessment));
        CaseFile file = steps.file(id).orElseThrow();
        steps.record(candidate, file, "open", null, Phase.IDENTIFICATION.code(), null);
        return steps.file(id).orElseThrow();
    }

    /** The role's competences in framework order, each claimed at the level of the self-assessment. */
    private static List<Claim> claims(Framework framework, RoleProfile role, Assessment assessment) {
        int highest = framework.highestLevel();
        return framework.competences().stream()
                .map(FrameworkItem::code)
                .filter(code -> role.requirement(code).isPresent())
                .map(code -> new Claim(code, Math.min(highest, Math.max(0, assessment.level(code)))))
                .toList();
    }

    /** A case as the person may see it. */
    public CaseFile get(Account actor, UUID id) {
        return steps.visible(actor, id);
    }

    /** Who the person is to the case. */
    public Standing standing(Account actor, CaseFile file) {
        return steps.standing(actor, file);
    }

    /** The candidate's own cases, newest first. */
    public List<ValidationCase> ofCandidate(Account candidate) {
        return records.ofCandidate(candidate.id());
    }

    /** The certification bodies the account is an assessor of. */
    public List<Membership> assessorOf(Account actor) {
        return accounts.memberships(actor.id()).stream()
                .filter(m -> m.role() == Role.ASSESSOR)
                .toList();
    }

    /** Which of its body's cases an assessor looks at. */
    public enum Filter {
        UNASSIGNED,
        MINE,
        ALL
    }

    /** The cases of the bodies the account is an assessor of, most recently changed first. */
    public List<ValidationCase> ofBodies(Account assessor, Filter filter) {
        List<UUID> bodies =
                assessorOf(assessor).stream().map(Membership::organisationId).toList();
        List<ValidationCase> cases = records.ofBodies(bodies);
        return switch (filter) {
            case ALL -> cases;
            case MINE -> {
                Set<UUID> mine = new HashSet<>(records.assignedTo(assessor.id()));
                yield cases.stream().filter(c -> mine.contains(c.id())).toList();
            }
            case UNASSIGNED -> {
                Set<UUID> taken = new HashSet<>(records.withAssessors(
                        cases.stream().map(ValidationCase::id).toList()));
                yield cases.stream()
                        .filter(c -> c.isOpen() && !taken.contains(c.id()))
                        .toList();
            }
        };
    }

    /**
     * A body's cases that are ready for certification (validated, exam passed), for the certification module to issue
     * their certificates; most recently changed first.
     */
    public List<ValidationCase> readyForCertification(UUID body) {
        return records.ofBodies(List.of(body)).stream()
                .filter(c -> c.outcome() == Outcome.READY_FOR_CERTIFICATION)
                .toList();
    }

    /** Changes the levels claimed, during identification; competences the role does not require are refused. */
    @Transactional
    public CaseFile editClaims(Account candidate, UUID id, List<Claim> claims) {
        return steps.take(candidate, id, Transition.EDIT_CLAIMS, file -> {
            int highest = catalogue
                    .get(
                            file.validationCase().framework().slug(),
                            file.validationCase().framework().version())
                    .highestLevel();
            List<String> changed = new ArrayList<>();
            for (Claim claim : claims) {
                Claim held = file.claim(claim.competence())
                        .orElseThrow(() -> new InvalidRequest("competence", "unknownCompetence", claim.competence()));
                if (claim.level() < 0 || claim.level() > highest) {
                    throw new InvalidRequest("level", "level", claim.level(), highest);
                }
                if (held.level() != claim.level()) {
                    records.updateClaim(id, claim);
                    changed.add(claim.competence() + " " + held.level() + " → " + claim.level());
                }
            }
            return Move.to(file.phase(), changed.isEmpty() ? null : String.join(", ", changed));
        });
    }

    @Transactional
    public CaseFile confirmClaims(Account candidate, UUID id) {
        return steps.take(candidate, id, Transition.CONFIRM_CLAIMS, file -> Move.to(Phase.DOCUMENTATION, null));
    }

    /** Sends the portfolio to the assessors; what it holds from now on is retired, never deleted. */
    @Transactional
    public CaseFile submitPortfolio(Account candidate, UUID id) {
        return steps.take(candidate, id, Transition.SUBMIT_PORTFOLIO, file -> {
            evidence.submitAll(id);
            return Move.to(Phase.ASSESSMENT, null);
        });
    }

    /** Assigns an assessor of the case's certification body (the actor themselves, or another of its assessors). */
    @Transactional
    public CaseFile assign(Account actor, UUID id, UUID assessor) {
        return steps.take(actor, id, Transition.ASSIGN_ASSESSOR, file -> {
            Account chosen = accounts.find(assessor)
                    .filter(a -> steps.assesses(a.id(), file.validationCase().body()))
                    .orElseThrow(() -> new InvalidRequest("assessor", "notAssessor"));
            if (chosen.id().equals(file.validationCase().candidate())) {
                throw Transition.ASSIGN_ASSESSOR.refused(file, "ownCase");
            }
            if (file.assigned(chosen.id())) {
                throw Transition.ASSIGN_ASSESSOR.refused(file, "alreadyAssigned", chosen.displayName());
            }
            records.assign(id, chosen.id(), actor.id());
            return Move.to(file.phase(), chosen.displayName());
        });
    }

    /** Rates a competence of the role against its level descriptors (0: not shown), with a comment saying why. */
    @Transactional
    public CaseFile rate(Account assessor, UUID id, String competence, int level, String comment) {
        String text = required("comment", comment);
        return steps.take(assessor, id, Transition.RATE, file -> {
            if (file.claim(competence).isEmpty()) {
                throw new InvalidRequest("competence", "unknownCompetence", competence);
            }
            int highest = catalogue
                    .get(
                            file.validationCase().framework().slug(),
                            file.validationCase().framework().version())
                    .highestLevel();
            if (level < 0 || level > highest) {
                throw new InvalidRequest("level", "level", level, highest);
            }
            records.rate(id, competence, level, text, assessor.id(), assessor.displayName());
            return Move.to(file.phase(), competence + " = " + level + ": " + text);
        });
    }

    /** Sends the case back to documentation with a message to the candidate, naming competences if wished. */
    @Transactional
    public CaseFile askForEvidence(Account assessor, UUID id, String message, List<String> competences) {
        String text = required("message", message);
        return steps.take(assessor, id, Transition.ASK_FOR_EVIDENCE, file -> {
            Set<String> named = new LinkedHashSet<>();
            for (String code : competences) {
                file.claim(code).orElseThrow(() -> new InvalidRequest("competences", "unknownCompetence", code));
                named.add(code);
            }
            records.request(id, text, List.copyOf(named), assessor.displayName());
            String concerned = named.isEmpty() ? "" : " (" + String.join(", ", named) + ")";
            return Move.to(Phase.DOCUMENTATION, text + concerned);
        });
    }

    /**
     * Records the decision once every claimed competence is rated: validated, the case goes on to certification and
     * waits for the exam; not validated, it ends there.
     */
    @Transactional
    public CaseFile decide(Account assessor, UUID id, Decision decision, String reason) {
        String text = required("reason", reason);
        CaseFile decided = steps.take(assessor, id, Transition.DECIDE, file -> {
            records.decide(id, decision, text);
            return decision == Decision.VALIDATED
                    ? Move.to(Phase.CERTIFICATION, text)
                    : new Move(file.phase(), Outcome.NOT_VALIDATED, text);
        });
        // an exam the candidate took before the case reached certification counts as well
        return decided.phase() == Phase.CERTIFICATION ? exams.recordEarlier(decided) : decided;
    }

    /** Ends the case at the candidate's wish, at any time before it has an outcome. */
    @Transactional
    public CaseFile withdraw(Account candidate, UUID id, @Nullable String comment) {
        String text = comment == null || comment.isBlank() ? null : limited("comment", comment);
        return steps.take(candidate, id, Transition.WITHDRAW, file -> new Move(file.phase(), Outcome.WITHDRAWN, text));
    }

    static String required(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequest(field, "required");
        }
        return limited(field, text);
    }

    static String limited(String field, String text) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw new InvalidRequest(field, "tooLong", MAX_TEXT);
        }
        return stripped;
    }
}
