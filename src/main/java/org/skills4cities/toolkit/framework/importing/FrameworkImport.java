package org.skills4cities.toolkit.framework.importing;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkChange;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a framework enters the toolkit, for the reference framework at first start as for a user's file in any
 * format: read, check, compare with what is stored, and store all of it or none of it. A new version is created; a
 * stored draft is updated in place, item by item, with every change recorded; a published version never changes.
 */
@Service
public class FrameworkImport {

    private static final Logger log = LoggerFactory.getLogger(FrameworkImport.class);

    /** Who the history names for what the toolkit stores by itself, such as the reference framework at first start. */
    static final String SYSTEM = "Skills4Cities Toolkit";

    private final FrameworkDocumentReader reader;
    private final Map<String, FrameworkReader> readers;
    private final List<ItemUsage> usages;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkImport(
            JsonMapper json,
            List<FrameworkReader> readers,
            List<ItemUsage> usages,
            Frameworks frameworks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reader = new FrameworkDocumentReader(json);
        this.readers = readers.stream().collect(Collectors.toMap(FrameworkReader::format, Function.identity()));
        this.usages = List.copyOf(usages);
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
    }

    /** What a caller asks of an import: the file, its format, and the items or roles to remove (codes or ids). */
    public record Request(byte[] content, String format, ReadOptions options, Set<String> remove, ImportAccess access) {

        public Request {
            remove = Set.copyOf(remove);
        }
    }

    /** The formats an import takes, by name. */
    public Set<String> formats() {
        return readers.keySet();
    }

    /** What the import would do; nothing is changed. */
    @Transactional(readOnly = true)
    public ImportPlan dryRun(Request request) {
        return new Planning(request).plan;
    }

    /**
     * Imports the file: creates the version, or updates the stored draft, in one transaction.
     *
     * @throws FrameworkRejected listing every problem, when there is any; nothing is stored then
     * @throws ImportAccess.Forbidden when the caller may not write this framework
     */
    @Transactional
    public ImportPlan apply(Request request) {
        Planning planning = new Planning(request);
        ImportPlan plan = planning.plan;
        switch (plan.outcome()) {
            case CREATE -> frameworks.insert(planning.result, List.of(created(planning.result, request.access())));
            case UPDATE ->
                frameworks.replaceDraft(
                        planning.result,
                        changes(plan.difference(), request.access().actor(), "import"));
            case UNCHANGED -> {
                return plan.asApplied();
            }
        }
        log.info(
                "Import {} of framework {} version {}: {} items created, {} changed, {} removed, {} retired",
                plan.outcome().code(),
                plan.slug(),
                plan.version(),
                plan.created(Kind.ITEM),
                plan.updated(Kind.ITEM),
                plan.removed().size(),
                plan.retired().size());
        events.publishEvent(new FrameworkImported(plan.slug(), plan.version()));
        return plan.asApplied();
    }

    /**
     * Stores the framework in the document as a new version.
     *
     * @throws FrameworkRejected listing every problem of the document, when there is any; nothing is stored then
     */
    public Framework importDocument(InputStream document) {
        Framework framework = reader.read(document).orThrow();
        if (frameworks.exists(framework.slug(), framework.version())) {
            throw new FrameworkRejected(
                    List.of(ImportProblem.at("/version", "versionExists", framework.slug(), framework.version())));
        }
        return store(framework);
    }

    /** Stores the framework in the document unless that version is already stored. */
    public Optional<Framework> importIfAbsent(InputStream document) {
        Framework framework = reader.read(document).orThrow();
        if (frameworks.exists(framework.slug(), framework.version())) {
            log.debug("Framework {} version {} already stored", framework.slug(), framework.version());
            return Optional.empty();
        }
        return Optional.of(store(framework));
    }

    /** The changes of a difference as history entries, value by value. */
    public List<FrameworkChange> changes(FrameworkDifference difference, String actor, String origin) {
        List<FrameworkChange> changes = new ArrayList<>();
        var now = clock.instant();
        for (FrameworkDifference.Subject subject : difference.subjects()) {
            for (FrameworkDifference.Value value : subject.values()) {
                changes.add(new FrameworkChange(
                        now,
                        actor,
                        origin,
                        subject.change(),
                        subject.kind(),
                        subject.id(),
                        subject.code(),
                        value.field(),
                        value.lang(),
                        value.oldValue(),
                        value.newValue()));
            }
        }
        return changes;
    }

    /** The single history entry of a version that was created whole. */
    public FrameworkChange created(Framework framework, ImportAccess access) {
        return created(framework, access.actor());
    }

    private FrameworkChange created(Framework framework, String actor) {
        return new FrameworkChange(
                clock.instant(),
                actor,
                "import",
                Change.ADDED,
                Kind.FRAMEWORK,
                framework.id(),
                framework.slug(),
                "version",
                "",
                null,
                framework.version());
    }

    private Framework store(Framework framework) {
        FrameworkChecks.check(framework);
        frameworks.insert(framework, List.of(created(framework, SYSTEM)));
        log.info(
                "Imported framework {} version {} with {} items and {} roles",
                framework.slug(),
                framework.version(),
                framework.allItems().count(),
                framework.roles().size());
        events.publishEvent(new FrameworkImported(framework.slug(), framework.version()));
        return framework;
    }

    /** Reading, checking and comparing one file against what is stored. */
    private final class Planning {

        private final ImportPlan plan;
        private Framework result;

        Planning(Request request) {
            FrameworkReader formatReader = readers.get(request.format());
            if (formatReader == null) {
                throw new FrameworkRejected(List.of(
                        ImportProblem.at("format", "unknownFormat", request.format(), String.join(", ", formats()))));
            }
            FrameworkReading read = formatReader.read(request.content(), request.options());
            Framework file = read.framework();
            FrameworkReading reading = read;
            if (file.basedOn() != null
                    && frameworks
                            .find(file.basedOn().slug(), file.basedOn().version())
                            .isEmpty()) {
                List<ImportProblem> warnings = new ArrayList<>(read.warnings());
                warnings.add(ImportProblem.at(
                        "/basedOn",
                        "basedOnUnknown",
                        file.basedOn().slug(),
                        file.basedOn().version()));
                reading = new FrameworkReading(file, warnings);
            }
            List<FrameworkVersionInfo> versions = frameworks.versions(file.slug());
            @Nullable
            UUID owner = versions.isEmpty()
                    ? request.access().ownerOfNew()
                    : versions.getFirst().owner();
            if (!request.access().mayWrite(owner)) {
                throw new ImportAccess.Forbidden(file.slug());
            }
            Optional<UUID> stored = frameworks.find(file.slug(), file.version());
            if (stored.isEmpty()) {
                UUID id = frameworks.idTaken(file.id()) ? UUID.randomUUID() : file.id();
                result = file.asVersion(id, file.slug(), file.version(), file.status(), owner);
                unknownRemovals(request.remove(), List.of());
                List<ImportProblem> problems =
                        result.isPublished() ? FrameworkChecks.unpublishable(result) : FrameworkChecks.problems(result);
                if (!problems.isEmpty()) {
                    throw new FrameworkRejected(problems);
                }
                plan = plan(ImportPlan.Outcome.CREATE, empty(result), result, List.of(), List.of(), List.of(), reading);
                return;
            }
            Framework old = frameworks.load(stored.get());
            Framework comparable = file.asVersion(old.id(), old.slug(), old.version(), old.status(), old.owner());
            FrameworkDifference fileDifference = FrameworkComparison.between(old, comparable);
            List<FrameworkDifference.Subject> missing = fileDifference.removed().toList();
            Set<UUID> remove = unknownRemovals(request.remove(), missing);
            if (old.status() != FrameworkStatus.DRAFT) {
                if (!fileDifference.isEmpty()) {
                    throw new FrameworkRejected(List.of(ImportProblem.at(
                            "/version",
                            "versionPublished",
                            old.slug(),
                            old.version(),
                            old.status().code())));
                }
                result = old;
                plan = plan(ImportPlan.Outcome.UNCHANGED, fileDifference, old, missing, List.of(), List.of(), reading);
                return;
            }
            DraftMerge merge = new DraftMerge(old, comparable, remove, id -> referenced(old.slug(), id));
            result = merge.run();
            FrameworkChecks.check(result);
            FrameworkDifference difference = FrameworkComparison.between(old, result);
            plan = plan(
                    difference.isEmpty() ? ImportPlan.Outcome.UNCHANGED : ImportPlan.Outcome.UPDATE,
                    difference,
                    result,
                    missing,
                    merge.removed(),
                    merge.retired(),
                    reading);
        }

        private ImportPlan plan(
                ImportPlan.Outcome outcome,
                FrameworkDifference difference,
                Framework framework,
                List<FrameworkDifference.Subject> missing,
                List<String> removed,
                List<String> retired,
                FrameworkReading reading) {
            return new ImportPlan(
                    outcome,
                    framework.id(),
                    framework.slug(),
                    framework.version(),
                    framework.status(),
                    difference,
                    missing,
                    removed,
                    retired,
                    reading.warnings(),
                    false);
        }

        /** The identifiers of what the caller asked to remove, each of which must be missing from the file. */
        private Set<UUID> unknownRemovals(Set<String> asked, List<FrameworkDifference.Subject> missing) {
            Set<UUID> ids = new HashSet<>();
            List<ImportProblem> problems = new ArrayList<>();
            for (String wanted : asked) {
                missing.stream()
                        .filter(s -> s.kind() != Kind.FRAMEWORK)
                        .filter(s -> wanted.equals(s.code()) || wanted.equals(String.valueOf(s.id())))
                        .findFirst()
                        .ifPresentOrElse(
                                s -> ids.add(s.id()),
                                () -> problems.add(ImportProblem.at("remove", "removeNotMissing", wanted)));
            }
            if (!problems.isEmpty()) {
                throw new FrameworkRejected(problems);
            }
            return ids;
        }
    }

    private boolean referenced(String slug, UUID item) {
        return usages.stream().anyMatch(u -> u.isReferenced(slug, item));
    }

    private static FrameworkDifference empty(Framework framework) {
        var none = new Framework(
                framework.id(),
                framework.slug(),
                framework.version(),
                framework.status(),
                framework.basedOn(),
                framework.languages(),
                framework.title(),
                framework.description(),
                framework.proficiencyLevels(),
                List.of(),
                List.of());
        FrameworkDifference all = FrameworkComparison.between(none, framework);
        return new FrameworkDifference(
                all.subjects().stream().filter(s -> s.kind() != Kind.FRAMEWORK).toList(), 0, 0);
    }
}
