package org.skills4cities.toolkit.certification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.credential.BitstringStatusList;
import org.skills4cities.toolkit.credential.DataIntegrity;
import org.skills4cities.toolkit.credential.VcJwt;
import org.skills4cities.toolkit.exam.ExamAttempts;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.ExamSessions;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.NameFolding;
import org.skills4cities.toolkit.validation.CaseReadyForCertification;
import org.skills4cities.toolkit.validation.ValidationCase;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues certificates and takes them through their life. A certificate is issued once per validation case ready for
 * certification, signed twice (an embedded {@code eddsa-rdfc-2022} proof, and a VC-JWT) with the current issuer keys;
 * the assessors of the issuing body suspend, reinstate, revoke (for good, journalled first) and renew it (on hours of
 * continuing professional development, re-signed with a later end); its holder lists it in the public registry or not.
 */
@Service
public class Certificates {

    public static final int MAX_REASON = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRecords records;
    private final CredentialDocuments documents;
    private final IssuerKeys keys;
    private final Issuers issuers;
    private final DataIntegrity integrity;
    private final RevocationJournal journal;
    private final Accounts accounts;
    private final Organisations organisations;
    private final FrameworkCatalogue catalogue;
    private final ValidationCases cases;
    private final ExamSessions sessions;
    private final ExamAttempts attempts;
    private final AuditLog audit;
    private final HolderMail holderMail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Period validity;
    private final Period renewalWindow;
    private final int cpdHours;

    Certificates(
            CertificateRecords records,
            CredentialDocuments documents,
            IssuerKeys keys,
            Issuers issuers,
            DataIntegrity integrity,
            RevocationJournal journal,
            Accounts accounts,
            Organisations organisations,
            FrameworkCatalogue catalogue,
            ValidationCases cases,
            ExamSessions sessions,
            ExamAttempts attempts,
            AuditLog audit,
            HolderMail holderMail,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${toolkit.certificates.validity}") Period validity,
            @Value("${toolkit.certificates.renewal-window}") Period renewalWindow,
            @Value("${toolkit.certificates.cpd-hours}") int cpdHours) {
        this.records = records;
        this.documents = documents;
        this.keys = keys;
        this.issuers = issuers;
        this.integrity = integrity;
        this.journal = journal;
        this.accounts = accounts;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.cases = cases;
        this.sessions = sessions;
        this.attempts = attempts;
        this.audit = audit;
        this.holderMail = holderMail;
        this.clock = clock;
        this.events = events;
        this.validity = validity;
        this.renewalWindow = renewalWindow;
        this.cpdHours = cpdHours;
    }

    /** Hours of continuing professional development a renewal needs. */
    public int cpdHours() {
        return cpdHours;
    }

    /** Issues the certificate of a case ready for certification; the one issued before when there is one. */
    @Transactional
    public Certificate issue(CaseReadyForCertification ready) {
        Optional<Certificate> issued = records.ofCase(ready.caseId());
        if (issued.isPresent()) {
            return issued.get();
        }
        Account holder = accounts.find(ready.candidateId())
                .orElseThrow(() -> new CertificateRefused(
                        "case", "holderGone", ready.caseId().toString()));
        Organisation body = body(ready.bodyId());
        Framework framework =
                catalogue.get(ready.framework().slug(), ready.framework().version());
        RoleProfile role = framework
                .role(ready.roleCode())
                .orElseThrow(() -> new CertificateRefused("role", "unknownRole", ready.roleCode()));
        ZoneId zone = issuers.zone(body.id());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant until = now.atZone(zone).plus(validity).toInstant();
        String id = CertificateIds.next();
        int index = freeIndex();
        IssuerKey key = keys.current();
        ObjectNode unsigned = documents.unsigned(new CredentialDocuments.Subject(
                id, holder.displayName(), body.id(), body.name(), framework, role, now, until, index));
        List<Certificate.Attested> competences = role.requirements().stream()
                .map(r -> new Certificate.Attested(r.competence(), r.level()))
                .toList();
        Certificate certificate = new Certificate(
                id,
                ready.caseId(),
                holder.id(),
                holder.displayName(),
                holder.language().code(),
                body.id(),
                body.name(),
                ready.framework(),
                role.code(),
                now,
                now,
                until,
                zone,
                CertificateStatus.ACTIVE,
                null,
                index,
                key.generation(),
                sign(unsigned, key, now),
                VcJwt.sign(unsigned, keys.jwtKey(key)),
                false,
                0,
                competences);
        records.insert(certificate, NameFolding.fold(holder.displayName()), now);
        records.event(id, new CertificateEvent(CertificateEvent.Kind.ISSUED, null, null, null, until, now));
        holderMail.send(certificate, CertificateEvent.Kind.ISSUED, "");
        audit.record(
                null, null, "certificate.issue", id + " " + role.code() + " for " + holder.email(), body.id(), null);
        return certificate;
    }

    /**
     * Issues the certificates still due for a finished exam session of the actor's body: one for each candidate who
     * passed and whose case for the session's role is ready for certification without one. Gives those issued.
     */
    @Transactional
    public List<Certificate> issueForSession(Account actor, UUID body, UUID sessionId) {
        requireAssessor(actor, body);
        ExamSession session = sessions.ofBody(actor, body, sessionId);
        if (clock.instant().isBefore(session.endsAt())) {
            throw new CertificateRefused("session", "sessionNotFinished");
        }
        List<Certificate> issued = new ArrayList<>();
        for (ValidationCase ready : due(session, cases.readyForCertification(body))) {
            issued.add(issue(new CaseReadyForCertification(
                    ready.id(), ready.candidate(), body, ready.framework(), ready.role(), clock.instant())));
        }
        audit.record(
                actor.id(),
                actor.email(),
                "certificate.issue-session",
                sessionId + ": " + issued.size() + " issued",
                body,
                null);
        return issued;
    }

    /** The body's finished exam sessions, latest first, with how many certificates each still has due. */
    public List<SessionDue> finishedSessions(Account actor, UUID body) {
        requireAssessor(actor, body);
        Instant now = clock.instant();
        List<ValidationCase> ready = cases.readyForCertification(body);
        return sessions.ofBody(actor, body).stream()
                .filter(s -> !now.isBefore(s.endsAt()))
                .limit(50)
                .map(s -> new SessionDue(s, due(s, ready).size()))
                .toList();
    }

    /** A finished exam session and the certificates it still has due. */
    public record SessionDue(ExamSession session, int due) {}

    /** How many cases of a finished session still wait for their certificate. */
    public int dueForSession(Account actor, UUID body, UUID sessionId) {
        requireAssessor(actor, body);
        return due(sessions.ofBody(actor, body, sessionId), cases.readyForCertification(body))
                .size();
    }

    /** The ready cases, among those given, of candidates who passed the session's exam and hold no certificate yet. */
    private List<ValidationCase> due(ExamSession session, List<ValidationCase> ready) {
        Set<UUID> passed = attempts.ofSession(session.id()).stream()
                .map(ExamAttempts.Candidate::attempt)
                .filter(a -> a.result() != null && a.result().passed())
                .map(a -> a.candidateId())
                .collect(Collectors.toSet());
        return ready.stream()
                .filter(c -> passed.contains(c.candidate())
                        && c.framework().slug().equals(session.frameworkSlug())
                        && c.role().equals(session.roleCode())
                        && records.ofCase(c.id()).isEmpty())
                .toList();
    }

    private String sign(ObjectNode unsigned, IssuerKey key, Instant at) {
        return CredentialDocuments.JSON.writeValueAsString(
                integrity.sign(unsigned.deepCopy(), keys.dataIntegrityKey(key), at));
    }

    private int freeIndex() {
        for (int attempt = 0; attempt < 64; attempt++) {
            int index = RANDOM.nextInt(BitstringStatusList.MINIMUM_LENGTH);
            if (!journal.revokedIndex(index) && !records.indexTaken(index)) {
                return index;
            }
        }
        throw new IllegalStateException("No free status list index found: the status lists are nearly full");
    }

    /** A certificate by its identifier, for anyone (the public verification page shows what it may). */
    public Optional<Certificate> find(String id) {
        return records.find(id);
    }

    /** A certificate its holder or an assessor of its body may act on. */
    public Certificate get(Account actor, String id) {
        Certificate certificate = records.find(id).orElseThrow(() -> new CertificateNotFound(id));
        if (!actor.id().equals(certificate.holderId()) && !isAssessor(actor, certificate.bodyId())) {
            throw new CertificateNotFound(id);
        }
        return certificate;
    }

    public List<CertificateEvent> history(Account actor, String id) {
        return records.events(get(actor, id).id());
    }

    public List<Certificate> ofHolder(Account holder) {
        return records.ofHolder(holder.id());
    }

    /** The latest certificates of a body the actor is an assessor of. */
    public List<Certificate> ofBody(Account actor, UUID body) {
        requireAssessor(actor, body);
        return records.ofBody(body, 500);
    }

    /** The certification bodies the actor is an assessor of. */
    public List<Membership> bodiesOf(Account actor) {
        return accounts.memberships(actor.id()).stream()
                .filter(m -> m.role() == Role.ASSESSOR)
                .toList();
    }

    @Transactional
    public Certificate suspend(Account actor, String id, String reason) {
        return change(actor, id, reason, CertificateEvent.Kind.SUSPENDED, c -> {
            if (c.status() != CertificateStatus.ACTIVE) {
                throw new CertificateRefused("status", "notActive", c.status());
            }
            return c.withStatus(CertificateStatus.SUSPENDED, reason);
        });
    }

    @Transactional
    public Certificate reinstate(Account actor, String id, String reason) {
        return change(actor, id, reason, CertificateEvent.Kind.REINSTATED, c -> {
            if (c.status() != CertificateStatus.SUSPENDED) {
                throw new CertificateRefused("status", "notSuspended", c.status());
            }
            return c.withStatus(CertificateStatus.ACTIVE, null);
        });
    }

    /** Revokes for good: the journal has it before the database does. */
    @Transactional
    public Certificate revoke(Account actor, String id, String reason) {
        return change(actor, id, reason, CertificateEvent.Kind.REVOKED, c -> {
            if (c.status() == CertificateStatus.REVOKED) {
                throw new CertificateRefused("status", "alreadyRevoked");
            }
            journal.append(new RevocationJournal.Entry(c.id(), c.statusIndex(), reason, clock.instant()));
            return c.withStatus(CertificateStatus.REVOKED, reason);
        });
    }

    /**
     * Renews an active certificate on the hours of continuing professional development it was given: from
     * {@code toolkit.certificates.renewal-window} before its end, or after it; the new end is one validity period after
     * the later of its end and now. The credential is signed again with the current keys; the identifier stays.
     */
    @Transactional
    public Certificate renew(Account actor, String id, int hours, String activities) {
        Certificate c = records.find(id).orElseThrow(() -> new CertificateNotFound(id));
        requireAssessor(actor, c.bodyId(), id);
        if (hours < cpdHours) {
            throw new CertificateRefused("hours", "tooFewHours", hours, cpdHours);
        }
        String text = required("activities", activities);
        if (c.status() != CertificateStatus.ACTIVE) {
            throw new CertificateRefused("status", "notActive", c.status());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant opens = c.validUntil().atZone(c.zone()).minus(renewalWindow).toInstant();
        if (now.isBefore(opens)) {
            throw new CertificateRefused(
                    "status", "tooEarly", opens.atZone(c.zone()).toLocalDate());
        }
        Instant base = c.validUntil().isAfter(now) ? c.validUntil() : now;
        Instant until = base.atZone(c.zone()).plus(validity).toInstant();
        Framework framework = catalogue.get(c.framework().slug(), c.framework().version());
        RoleProfile role = framework.role(c.roleCode()).orElseThrow();
        IssuerKey key = keys.current();
        ObjectNode unsigned = documents.unsigned(new CredentialDocuments.Subject(
                c.id(),
                c.holderName(),
                c.bodyId(),
                c.bodyName(),
                framework,
                role,
                c.validFrom(),
                until,
                c.statusIndex()));
        Certificate renewed =
                c.renewed(until, key.generation(), sign(unsigned, key, now), VcJwt.sign(unsigned, keys.jwtKey(key)));
        store(renewed, new CertificateEvent(CertificateEvent.Kind.RENEWED, actor.id(), text, hours, until, now));
        holderMail.send(renewed, CertificateEvent.Kind.RENEWED, text);
        audit.record(actor.id(), actor.email(), "certificate.renew", id + " until " + until, c.bodyId(), text);
        return records.find(id).orElseThrow();
    }

    /** The holder lists the certificate in the public registry of certified people, or takes it out. */
    @Transactional
    public Certificate list(Account holder, String id, boolean listed) {
        Certificate c = records.find(id).orElseThrow(() -> new CertificateNotFound(id));
        if (!holder.id().equals(c.holderId())) {
            throw new CertificateNotFound(id);
        }
        if (c.listed() == listed) {
            return c;
        }
        Certificate changed = c.withListed(listed);
        CertificateEvent.Kind kind = listed ? CertificateEvent.Kind.LISTED : CertificateEvent.Kind.UNLISTED;
        store(changed, new CertificateEvent(kind, holder.id(), null, null, null, clock.instant()));
        audit.record(holder.id(), holder.email(), "certificate." + kind.code(), id, c.bodyId(), null);
        return records.find(id).orElseThrow();
    }

    /** Listed certificates whose holder's name has every word typed (any case, any accents), or the one with the id. */
    public List<Certificate> registry(String query) {
        String id = CertificateIds.canonical(query);
        if (id != null) {
            return records.find(id).filter(Certificate::listed).stream().toList();
        }
        List<String> words = Arrays.stream(NameFolding.fold(query).split(" "))
                .filter(w -> !w.isBlank())
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return records.listedByName(words, 50);
    }

    /**
     * Revokes again, at start, what the journal holds and the database lost (a restore from a backup older than the
     * revocation); gives how many.
     */
    @Transactional
    public int restoreRevocations() {
        int restored = 0;
        for (RevocationJournal.Entry entry : journal.all()) {
            Optional<Certificate> lost =
                    records.find(entry.certificate()).filter(c -> c.status() != CertificateStatus.REVOKED);
            if (lost.isPresent()) {
                Certificate c = lost.get();
                store(
                        c.withStatus(CertificateStatus.REVOKED, entry.reason()),
                        new CertificateEvent(
                                CertificateEvent.Kind.RESTORED_REVOCATION,
                                null,
                                entry.reason(),
                                null,
                                null,
                                clock.instant()));
                audit.record(null, null, "certificate.revoke-restored", c.id(), c.bodyId(), entry.reason());
                restored++;
            }
        }
        return restored;
    }

    /** The body's time zone for new certificates. */
    public ZoneId zone(UUID body) {
        return issuers.zone(body);
    }

    @Transactional
    public void setZone(Account actor, UUID body, ZoneId zone) {
        requireAssessor(actor, body);
        issuers.setZone(body, zone);
        audit.record(actor.id(), actor.email(), "certificate.zone", zone.getId(), body, null);
    }

    private interface Step {
        Certificate apply(Certificate current);
    }

    private Certificate change(Account actor, String id, String reason, CertificateEvent.Kind kind, Step step) {
        Certificate c = records.find(id).orElseThrow(() -> new CertificateNotFound(id));
        requireAssessor(actor, c.bodyId(), id);
        String why = required("reason", reason);
        Certificate changed = step.apply(c);
        store(changed, new CertificateEvent(kind, actor.id(), why, null, null, clock.instant()));
        holderMail.send(changed, kind, why);
        audit.record(actor.id(), actor.email(), "certificate." + kind.code(), id, c.bodyId(), why);
        return records.find(id).orElseThrow();
    }

    private void store(Certificate changed, CertificateEvent event) {
        if (!records.update(changed, event.at())) {
            throw new CertificateRefused("version", "changedMeanwhile");
        }
        records.event(changed.id(), event);
        events.publishEvent(new StatusChanged(changed.id()));
    }

    /** A certificate's status or validity changed: published status lists are signed again. */
    record StatusChanged(String certificate) {}

    private static String required(String field, @Nullable String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new CertificateRefused(field, "required");
        }
        if (value.length() > MAX_REASON) {
            throw new CertificateRefused(field, "tooLong", MAX_REASON);
        }
        return value;
    }

    private Organisation body(UUID id) {
        return organisations.ofKind(OrganisationKind.CERTIFICATION_BODY).stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new CertificateRefused("body", "unknownBody", id.toString()));
    }

    private boolean isAssessor(Account actor, UUID body) {
        return bodiesOf(actor).stream().anyMatch(m -> m.organisationId().equals(body));
    }

    private void requireAssessor(Account actor, UUID body) {
        if (!isAssessor(actor, body)) {
            throw new CertificateNotFound(body.toString());
        }
    }

    private void requireAssessor(Account actor, UUID body, String id) {
        if (!isAssessor(actor, body)) {
            throw new CertificateNotFound(id);
        }
    }
}
