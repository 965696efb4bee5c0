package org.skills4cities.toolkit.accreditation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.accreditation.ApplicationFile.Evidence;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for accreditation and their steps. Every method takes the acting account and checks, on the
 * application itself, that this person may take this step now ({@link Step}); an application the person is nothing
 * to answers as if it did not exist. Every step is written to the application's history and the audit log.
 */
@Service
public class Applications {

    /** The longest statement, comment or reason, in characters. */
    public static final int MAX_TEXT = 4000;
    /** The largest file, in bytes. */
    public static final long MAX_FILE = 10L * 1024 * 1024;
    /** The most files an application stores. */
    public static final int MAX_FILES = 40;
    /** The longest link, in characters. */
    public static final int MAX_URL = 2000;

    private final ApplicationRecords records;
    private final Criteria criteria;
    private final Accounts accounts;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Period validity;
    private final Period renewalWindow;
    private final Period renewalGrace;

    Applications(
            ApplicationRecords records,
            Criteria criteria,
            Accounts accounts,
            Organisations organisations,
            AuditLog audit,
            Clock clock,
            @Value("${toolkit.time-zone:}") String zone,
            @Value("${toolkit.accreditation.validity:P3Y}") Period validity,
            @Value("${toolkit.accreditation.renewal-window:P6M}") Period renewalWindow,
            @Value("${toolkit.accreditation.renewal-grace:P3M}") Period renewalGrace) {
        this.records = records;
        this.criteria = criteria;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.validity = validity;
        this.renewalWindow = renewalWindow;
        this.renewalGrace = renewalGrace;
    }

    /** A stored evidence file as it is served: its label, media type and bytes. */
    public record StoredFile(String label, String mediaType, byte[] content) {}

    /** The certification bodies an application may go to. */
    public List<Organisation> bodies() {
        return organisations.ofKind(OrganisationKind.CERTIFICATION_BODY);
    }

    /** The organisations the account may apply for: those it is a training-provider admin of. */
    public List<Membership> organisationsOf(Account actor) {
        return memberships(actor, Role.TRAINING_PROVIDER_ADMIN);
    }

    /** The training providers the account trains with, as a trainer who may apply for themselves. */
    public List<Membership> trainingWith(Account actor) {
        return memberships(actor, Role.TRAINER);
    }

    /** The certification bodies the account is an assessor of. */
    public List<Membership> assessorOf(Account actor) {
        return memberships(actor, Role.ASSESSOR);
    }

    private List<Membership> memberships(Account actor, Role role) {
        return accounts.memberships(actor.id()).stream()
                .filter(m -> m.role() == role)
                .toList();
    }

    /**
     * Opens an application: for the organisation (the actor administers it) or for the actor as a trainer of it.
     * Refused while one is undecided for the same organisation or trainer, and while a current accreditation is not
     * yet within {@code toolkit.accreditation.renewal-window} of its end; within that window, or up to
     * {@code toolkit.accreditation.renewal-grace} after it, the application renews it.
     */
    @Transactional
    public ApplicationFile open(Account actor, Subject subject, UUID organisation, UUID body) {
        List<Membership> allowed = subject == Subject.TRAINER ? trainingWith(actor) : organisationsOf(actor);
        if (allowed.stream().noneMatch(m -> m.organisationId().equals(organisation))) {
            throw new InvalidInput("organisation", subject == Subject.TRAINER ? "notTrainer" : "notProviderAdmin");
        }
        if (bodies().stream().noneMatch(o -> o.id().equals(body))) {
            throw new InvalidInput("body", "unknownBody");
        }
        UUID trainer = subject == Subject.TRAINER ? actor.id() : null;
        UUID holder = trainer == null ? organisation : trainer;
        if (records.openApplication(subject, holder).isPresent()) {
            throw new Refused("alreadyOpen");
        }
        UUID renews = renewed(subject, holder);
        UUID id = UUID.randomUUID();
        try {
            records.insert(id, subject, organisation, trainer, actor.id(), actor.displayName(), body, renews);
        } catch (DuplicateKeyException e) {
            throw new Refused("alreadyOpen");
        }
        records.history(id, actor.displayName(), "open", null, Status.DRAFT, null);
        audit.record(actor.id(), actor.email(), "accreditation.open", target(id), body, subject.code());
        return file(id).orElseThrow();
    }

    /** The accreditation a new application renews, if any; refused while it is not yet time to renew. */
    private @Nullable UUID renewed(Subject subject, UUID holder) {
        LocalDate today = today();
        Optional<Accreditation> latest = records.accreditationsOf(subject, holder).stream()
                .filter(a -> !a.withdrawn())
                .findFirst();
        if (latest.isEmpty() || today.isAfter(latest.get().validUntil().plus(renewalGrace))) {
            return null;
        }
        Accreditation held = latest.get();
        LocalDate from = held.validUntil().minus(renewalWindow);
        if (today.isBefore(from)) {
            throw new Refused("notYetRenewable", held.validUntil().toString(), from.toString());
        }
        return held.id();
    }

    /** An application as the person may see it. */
    public ApplicationFile get(Account actor, UUID id) {
        ApplicationFile file = file(id).orElseThrow(() -> new NotFound(id.toString()));
        Standing standing = standing(actor, file);
        if (standing == Standing.NONE || (standing.assessor() && file.status() == Status.DRAFT)) {
            throw new NotFound(id.toString());
        }
        return file;
    }

    /** Who the person is to the application. */
    public Standing standing(Account actor, ApplicationFile file) {
        Application a = file.application();
        List<Membership> memberships = accounts.memberships(actor.id());
        boolean applicant = a.subject() == Subject.TRAINER
                ? actor.id().equals(a.trainerId())
                : memberships.stream()
                        .anyMatch(m -> m.role() == Role.TRAINING_PROVIDER_ADMIN
                                && m.organisationId().equals(a.organisationId()));
        if (applicant) {
            return Standing.APPLICANT;
        }
        boolean assessor = memberships.stream()
                .anyMatch(m -> m.role() == Role.ASSESSOR && m.organisationId().equals(a.bodyId()));
        if (!assessor) {
            return Standing.NONE;
        }
        return actor.id().equals(a.assessorId()) ? Standing.ASSIGNED_ASSESSOR : Standing.BODY_ASSESSOR;
    }

    /** The applications the account made or may write: its organisations' and its own as a trainer. */
    public List<Application> ofApplicant(Account actor) {
        return records.ofApplicant(
                organisationsOf(actor).stream().map(Membership::organisationId).toList(), actor.id());
    }

    /** The submitted applications to the bodies the account is an assessor of, most recently changed first. */
    public List<Application> ofBodies(Account assessor) {
        return records.ofBodies(
                assessorOf(assessor).stream().map(Membership::organisationId).toList());
    }

    /** Writes or rewrites the statement for a criterion. */
    @Transactional
    public ApplicationFile write(Account actor, UUID id, String criterion, String statement) {
        String text = required("statement", statement);
        return take(actor, id, Step.WRITE, file -> {
            known(file, criterion);
            records.statement(id, criterion, text);
            return criterion;
        });
    }

    /** Adds a file to a criterion, checked by its content ({@link EvidenceCheck}) and kept in the database. */
    @Transactional
    public ApplicationFile addFile(Account actor, UUID id, String criterion, String name, byte[] content) {
        if (content.length > MAX_FILE) {
            throw new InvalidInput(413, "file", "tooLarge", MAX_FILE / (1024 * 1024));
        }
        String type = EvidenceCheck.mediaType(name, content);
        String label = EvidenceCheck.label(name, type);
        return take(actor, id, Step.WRITE, file -> {
            known(file, criterion);
            if (records.usage(id)[0] >= MAX_FILES) {
                throw new InvalidInput(409, "file", "tooMany", MAX_FILES);
            }
            records.evidence(
                    id,
                    new Evidence(
                            UUID.randomUUID(), criterion, true, label, null, type, content.length, clock.instant()),
                    EvidenceCheck.sha256(content),
                    content);
            return criterion + ": " + label;
        });
    }

    /** Adds a link to something online; only absolute {@code http} and {@code https} addresses. */
    @Transactional
    public ApplicationFile addLink(Account actor, UUID id, String criterion, String url, @Nullable String label) {
        String address = link(url);
        String title = label == null || label.isBlank() ? address : limited("label", label, 300);
        return take(actor, id, Step.WRITE, file -> {
            known(file, criterion);
            records.evidence(
                    id,
                    new Evidence(UUID.randomUUID(), criterion, false, title, address, null, 0, clock.instant()),
                    null,
                    null);
            return criterion + ": " + title;
        });
    }

    @Transactional
    public ApplicationFile removeEvidence(Account actor, UUID id, UUID evidence) {
        return take(actor, id, Step.WRITE, file -> {
            Evidence e = file.evidence().stream()
                    .filter(x -> x.id().equals(evidence))
                    .findFirst()
                    .orElseThrow(() -> new NotFound(evidence.toString()));
            records.removeEvidence(id, evidence);
            return e.criterion() + ": " + e.label() + " ✕";
        });
    }

    /** A file of the application, for its applicant and the body's assessors; opening it is audited. */
    @Transactional
    public StoredFile file(Account actor, UUID id, UUID evidence) {
        ApplicationFile file = get(actor, id);
        Evidence e = file.evidence().stream()
                .filter(x -> x.id().equals(evidence) && x.file())
                .findFirst()
                .orElseThrow(() -> new NotFound(evidence.toString()));
        byte[] content = records.content(evidence).orElseThrow(() -> new NotFound(evidence.toString()));
        audit.record(
                actor.id(),
                actor.email(),
                "accreditation.evidence-opened",
                target(id),
                file.application().bodyId(),
                "evidence " + evidence);
        return new StoredFile(e.label(), String.valueOf(e.mediaType()), content);
    }

    /** Sends the application to the body; every criterion must have a statement. */
    @Transactional
    public ApplicationFile submit(Account actor, UUID id) {
        return take(actor, id, Step.SUBMIT, file -> null);
    }

    /** An assessor of the body takes the application for review (again, after the applicant answered a request). */
    @Transactional
    public ApplicationFile takeForReview(Account actor, UUID id) {
        return take(actor, id, Step.TAKE, file -> {
            records.assessor(id, actor.id(), actor.displayName());
            return null;
        });
    }

    @Transactional
    public ApplicationFile rate(Account actor, UUID id, String criterion, Rating rating, String comment) {
        String text = required("comment", comment);
        return take(actor, id, Step.RATE, file -> {
            known(file, criterion);
            records.rate(id, criterion, rating, text, actor.displayName());
            return criterion + ": " + text;
        });
    }

    /** Sends the application back to the applicant with a message saying what more is needed. */
    @Transactional
    public ApplicationFile askForMore(Account actor, UUID id, String message) {
        String text = required("message", message);
        return take(actor, id, Step.ASK_FOR_MORE, file -> text);
    }

    /**
     * Accredits, once every criterion is rated and none is rated not met: valid from today (in the platform's time
     * zone) for {@code toolkit.accreditation.validity}. A renewal's accreditation names the one it renews.
     */
    @Transactional
    public Accreditation accredit(Account actor, UUID id, @Nullable String comment) {
        String text = comment == null || comment.isBlank() ? null : limited("reason", comment, MAX_TEXT);
        UUID accreditation = UUID.randomUUID();
        take(actor, id, Step.ACCREDIT, file -> {
            Application a = file.application();
            LocalDate from = today();
            if (text != null) {
                records.decisionReason(id, text);
            }
            records.insertAccreditation(new Accreditation(
                    accreditation,
                    id,
                    a.subject(),
                    a.organisationId(),
                    a.trainerId(),
                    a.name(),
                    a.organisationName(),
                    a.bodyId(),
                    a.bodyName(),
                    from,
                    from.plus(validity).minusDays(1),
                    clock.instant(),
                    a.renews(),
                    null,
                    null));
            return text;
        });
        return records.accreditation(accreditation).orElseThrow();
    }

    /** Refuses accreditation, with the reason, once every criterion is rated. */
    @Transactional
    public ApplicationFile refuse(Account actor, UUID id, String reason) {
        String text = required("reason", reason);
        return take(actor, id, Step.REFUSE, file -> {
            records.decisionReason(id, text);
            return text;
        });
    }

    /**
     * Takes a step: the person's standing, the step's guard, the application's version (a change that came first
     * refuses this one), then the action, the new status, the history and the audit log.
     */
    private ApplicationFile take(
            Account actor, UUID id, Step step, Function<ApplicationFile, @Nullable String> action) {
        ApplicationFile file = get(actor, id);
        step.check(file, standing(actor, file));
        if (!records.lock(id, file.application().version())) {
            throw new Refused("changed");
        }
        String comment = action.apply(file);
        Status to = step.to() == null ? file.status() : step.to();
        if (to != file.status()) {
            records.status(id, to);
        }
        records.history(id, actor.displayName(), step.code(), file.status(), to, comment);
        audit.record(
                actor.id(),
                actor.email(),
                "accreditation." + step.code(),
                target(id),
                file.application().bodyId(),
                comment);
        return file(id).orElseThrow();
    }

    Optional<ApplicationFile> file(UUID id) {
        return records.find(id)
                .map(a -> new ApplicationFile(
                        a,
                        criteria.of(a.subject()),
                        records.statements(id),
                        records.evidence(id),
                        records.ratings(id),
                        records.history(id)));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    static String target(UUID application) {
        return "accreditation application " + application;
    }

    private static void known(ApplicationFile file, String criterion) {
        if (file.criteria().stream().noneMatch(c -> c.code().equals(criterion))) {
            throw new InvalidInput("criterion", "unknownCriterion", criterion);
        }
    }

    static String required(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "required");
        }
        return limited(field, text, MAX_TEXT);
    }

    static String limited(String field, String text, int most) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > most) {
            throw new InvalidInput(field, "tooLong", most);
        }
        return stripped;
    }

    static String link(@Nullable String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new InvalidInput("url", "required");
        }
        if (address.length() > MAX_URL) {
            throw new InvalidInput("url", "tooLong", MAX_URL);
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInput("url", "link");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "link");
        }
        return address;
    }
}
