package org.skills4cities.toolkit.framework.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkChange;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of framework versions after import: editing a draft, publishing it (after which it never changes),
 * starting the next draft from any version, and deriving a city's own framework from another one. Every change is
 * checked by the same rules as an import and recorded in the history.
 */
@Service
public class FrameworkAuthoring {

    private final Frameworks frameworks;
    private final FrameworkImport imports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkAuthoring(Frameworks frameworks, FrameworkImport imports, ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.imports = imports;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies editors' changes to a draft in one transaction, all or none, and records them.
     *
     * @return what changed
     * @throws FrameworkRejected when a change cannot be made or the result breaks a rule; nothing is changed then
     */
    @Transactional
    public FrameworkDifference edit(String slug, String version, List<FrameworkEdit> edits, ImportAccess access) {
        Framework draft = writable(slug, version, access);
        if (draft.status() != FrameworkStatus.DRAFT) {
            throw notADraft(draft);
        }
        Framework edited = FrameworkEdits.apply(draft, edits);
        FrameworkChecks.check(edited);
        FrameworkDifference difference = FrameworkComparison.between(draft, edited);
        if (!difference.isEmpty()) {
            frameworks.replaceDraft(edited, imports.changes(difference, access.actor(), "edit"));
            events.publishEvent(new FrameworkImported(slug, version));
        }
        return difference;
    }

    /** The problems the edits would meet, without making them: for checking a form as the editor types. */
    @Transactional(readOnly = true)
    public List<ImportProblem> check(String slug, String version, List<FrameworkEdit> edits, ImportAccess access) {
        Framework draft = writable(slug, version, access);
        try {
            return FrameworkChecks.problems(FrameworkEdits.apply(draft, edits));
        } catch (FrameworkRejected e) {
            return e.problems();
        }
    }

    /** Publishes a draft; from then on it never changes. */
    @Transactional
    public void publish(String slug, String version, ImportAccess access) {
        Framework draft = writable(slug, version, access);
        if (draft.status() != FrameworkStatus.DRAFT) {
            throw notADraft(draft);
        }
        List<ImportProblem> problems = FrameworkChecks.unpublishable(draft);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        if (!frameworks.publish(draft.id())) {
            throw notADraft(draft);
        }
        frameworks.record(draft.id(), List.of(entry(draft, access, "status", "draft", "published")));
        events.publishEvent(new FrameworkImported(slug, version));
    }

    /** Starts a new draft of a framework as a copy of one of its versions, keeping every identifier. */
    @Transactional
    public Framework newDraft(String slug, String from, String version, ImportAccess access) {
        Framework source = writable(slug, from, access);
        return create(
                source.asVersion(UUID.randomUUID(), slug, version, FrameworkStatus.DRAFT, source.owner()), access);
    }

    /**
     * Derives a framework of the caller's organisation from a version of another one: a draft with the same items,
     * roles, texts and identifiers, based on that version, under its own slug, and with its own title when given (in
     * the languages given; the others show it as a fallback rather than the title of the framework it came from).
     */
    @Transactional
    public Framework adapt(
            String slug, String from, String newSlug, String version, LocalizedText title, ImportAccess access) {
        Framework source = frameworks
                .find(slug, from)
                .map(frameworks::load)
                .orElseThrow(() -> new FrameworkNotFound(slug + " " + from));
        List<ImportProblem> languages = title.values().keySet().stream()
                .filter(lang ->
                        org.skills4cities.toolkit.language.Language.ofCode(lang).isEmpty())
                .map(lang -> ImportProblem.at("/title/" + lang, "invalidLanguage", lang))
                .toList();
        if (!languages.isEmpty()) {
            throw new FrameworkRejected(languages);
        }
        UUID owner = access.ownerOfNew();
        if (!access.mayWrite(owner)) {
            throw new ImportAccess.Forbidden(newSlug);
        }
        Framework copy = source.asVersion(UUID.randomUUID(), newSlug, version, FrameworkStatus.DRAFT, owner);
        copy = new Framework(
                copy.id(),
                newSlug,
                version,
                FrameworkStatus.DRAFT,
                new FrameworkVersion(source.slug(), source.version()),
                copy.languages(),
                title.isBlank() ? copy.title() : title,
                copy.description(),
                copy.proficiencyLevels(),
                copy.items(),
                copy.roles(),
                owner,
                null,
                copy.attributes());
        return create(copy, access);
    }

    private Framework create(Framework framework, ImportAccess access) {
        List<ImportProblem> problems = FrameworkChecks.problems(framework);
        List<FrameworkVersionInfo> versions = frameworks.versions(framework.slug());
        if (!versions.isEmpty() && versions.stream().noneMatch(v -> access.mayWrite(v.owner()))) {
            throw new ImportAccess.Forbidden(framework.slug());
        }
        if (versions.stream().anyMatch(v -> v.version().equals(framework.version()))) {
            problems = new ArrayList<>(problems);
            problems.add(ImportProblem.at("/version", "versionExists", framework.slug(), framework.version()));
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        frameworks.insert(framework, List.of(imports.created(framework, access)));
        events.publishEvent(new FrameworkImported(framework.slug(), framework.version()));
        return framework;
    }

    private Framework writable(String slug, String version, ImportAccess access) {
        UUID id = frameworks.find(slug, version).orElseThrow(() -> new FrameworkNotFound(slug + " " + version));
        Framework framework = frameworks.load(id);
        if (!access.mayWrite(framework.owner())) {
            throw new ImportAccess.Forbidden(slug);
        }
        return framework;
    }

    private static FrameworkRejected notADraft(Framework framework) {
        return new FrameworkRejected(List.of(ImportProblem.at(
                "/version",
                "versionPublished",
                framework.slug(),
                framework.version(),
                framework.status().code())));
    }

    private FrameworkChange entry(Framework framework, ImportAccess access, String field, String old, String now) {
        return new FrameworkChange(
                clock.instant(),
                access.actor(),
                "edit",
                Change.CHANGED,
                Kind.FRAMEWORK,
                framework.id(),
                framework.slug(),
                field,
                "",
                old,
                now);
    }
}
