package org.skills4cities.toolkit.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item banks exams draw from: a certification body's own bank when it has imported one, else the reference bank.
 * A body's bank is seen, imported (replacing the previous one whole, in one transaction, refused whole when the file
 * has any problem) and exported only by the body's assessors and content editors; for anyone else it does not exist.
 */
@Service
public class ItemBank {

    /** The largest bank file taken, in bytes: a six-language bank of a thousand questions fits several times. */
    public static final int MAX_FILE = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ItemBank.class);

    private final BankStore store;
    private final ReferenceBank reference;
    private final Blueprints blueprints;
    private final FrameworkCatalogue catalogue;
    private final Accounts accounts;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<UUID, StoredBank> cache = new ConcurrentHashMap<>();

    ItemBank(
            BankStore store,
            ReferenceBank reference,
            Blueprints blueprints,
            FrameworkCatalogue catalogue,
            Accounts accounts,
            Organisations organisations,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.reference = reference;
        this.blueprints = blueprints;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questions the body's exams draw from: its own bank when it has one, else the reference bank. */
    public List<ExamItem> of(UUID organisationId) {
        return own(organisationId).map(StoredBank::items).orElseGet(reference::items);
    }

    public List<ExamItem> reference() {
        return reference.items();
    }

    /**
     * The certification body, if the actor may manage its item bank: an assessor or content editor of it.
     *
     * @throws BankNotFound for anyone else, and for an organisation that is no certification body
     */
    public Organisation body(Account actor, UUID organisationId) {
        boolean member = accounts.memberships(actor.id()).stream()
                .anyMatch(m -> m.organisationId().equals(organisationId)
                        && (m.role() == Role.ASSESSOR || m.role() == Role.CONTENT_EDITOR));
        if (!member) {
            throw new BankNotFound(organisationId.toString());
        }
        Organisation body = organisations.get(actor, organisationId);
        if (body.kind() != OrganisationKind.CERTIFICATION_BODY) {
            throw new BankNotFound(organisationId.toString());
        }
        return body;
    }

    /** The bodies whose item bank the actor manages. */
    public List<Organisation> bodies(Account actor) {
        return accounts.memberships(actor.id()).stream()
                .filter(m -> m.role() == Role.ASSESSOR || m.role() == Role.CONTENT_EDITOR)
                .map(m -> m.organisationId())
                .distinct()
                .map(id -> organisations.get(actor, id))
                .filter(o -> o.kind() == OrganisationKind.CERTIFICATION_BODY)
                .toList();
    }

    /** The body's own bank, if it has imported one; for those who manage it. */
    public Optional<StoredBank> own(Account actor, UUID organisationId) {
        body(actor, organisationId);
        return own(organisationId);
    }

    /** What importing the file would do, without doing it. */
    @Transactional(readOnly = true)
    public BankImport dryRun(Account actor, UUID organisationId, byte[] file) {
        body(actor, organisationId);
        return outcome(organisationId, read(file), false);
    }

    /** Replaces the body's bank by the file's, unless the file has any problem. */
    @Transactional
    public BankImport apply(Account actor, UUID organisationId, byte[] file) {
        body(actor, organisationId);
        BankReading reading = read(file);
        BankImport outcome = outcome(organisationId, reading, true);
        if (!outcome.accepted()) {
            return outcome;
        }
        store.replace(organisationId, blueprints.frameworkSlug(), reading.items(), actor.id(), clock.instant());
        cache.remove(organisationId);
        BankChanges changes = outcome.changes();
        audit.record(
                actor.id(),
                actor.email(),
                "exambank.imported",
                "organisation " + organisationId,
                organisationId,
                "%d questions; %d added, %d changed, %d removed"
                        .formatted(
                                outcome.questions(),
                                changes.added().size(),
                                changes.changed().size(),
                                changes.removed().size()));
        log.info("Item bank of organisation {} replaced: {} questions", organisationId, outcome.questions());
        return outcome;
    }

    /** The bank the body's exams draw from (its own, else the reference bank), in the import format. */
    public byte[] export(Account actor, UUID organisationId) {
        body(actor, organisationId);
        byte[] file = ItemBankWriter.write(blueprints.frameworkSlug(), of(organisationId));
        audit.record(
                actor.id(),
                actor.email(),
                "exambank.exported",
                "organisation " + organisationId,
                organisationId,
                own(organisationId).isPresent() ? "own bank" : "reference bank");
        return file;
    }

    private BankReading read(byte[] file) {
        if (file.length > MAX_FILE) {
            return new BankReading(
                    List.of(), List.of(BankProblem.at("/", "import.problem.fileTooLarge", MAX_FILE / (1024 * 1024))));
        }
        return ItemBankReader.read(file, framework());
    }

    private BankImport outcome(UUID organisationId, BankReading reading, boolean applying) {
        List<BankProblem> problems = new ArrayList<>(reading.problems());
        if (reading.accepted()) {
            problems.addAll(coverProblems(reading.items()));
        }
        // a checked-in candidate's form is rebuilt from the bank until the attempt is scored
        int underWay = store.attemptsUnderWay(organisationId);
        if (underWay > 0) {
            problems.add(BankProblem.at("/", "exambank.problem.examsUnderWay", underWay));
        }
        List<ExamItem> before = own(organisationId).map(StoredBank::items).orElse(List.of());
        BankChanges changes = problems.isEmpty()
                ? BankChanges.between(before, reading.items())
                : new BankChanges(List.of(), List.of(), List.of(), 0);
        return new BankImport(problems, changes, BankCounts.questions(reading.items()), applying && problems.isEmpty());
    }

    private List<BankProblem> coverProblems(List<ExamItem> items) {
        List<BankProblem> problems = new ArrayList<>();
        for (Blueprint blueprint : blueprints.all()) {
            for (BlueprintSection section : blueprint.sections()) {
                try {
                    ExamForms.checkCovers(section, items);
                } catch (NotEnoughQuestions tooFew) {
                    problems.add(BankProblem.at(
                            "/items",
                            tooFew.scenarios()
                                    ? "exambank.problem.notEnoughScenarios"
                                    : "exambank.problem.notEnoughQuestions",
                            blueprint.roleCode(),
                            section.area(),
                            section.minLevel(),
                            section.maxLevel(),
                            tooFew.needed(),
                            tooFew.available()));
                }
            }
        }
        return problems;
    }

    private Framework framework() {
        return catalogue.get(blueprints.frameworkSlug());
    }

    private Optional<StoredBank> own(UUID organisationId) {
        Optional<Instant> importedAt = store.importedAt(organisationId);
        if (importedAt.isEmpty()) {
            cache.remove(organisationId);
            return Optional.empty();
        }
        StoredBank cached = cache.get(organisationId);
        if (cached != null && cached.importedAt().equals(importedAt.get())) {
            return Optional.of(cached);
        }
        Optional<StoredBank> loaded = store.load(organisationId);
        loaded.ifPresent(bank -> cache.put(organisationId, bank));
        return loaded;
    }
}
