package org.skills4cities.toolkit.framework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The frameworks the toolkit offers, read from the database and kept in memory. A published version never changes; a
 * draft changes, and which version is current changes, only through the import path, whose {@link FrameworkImported}
 * event drops every copy of that framework on this node. Another node learns of such a change by looking, at most
 * once every {@code toolkit.frameworks.refresh} (5 seconds by default), whether the current version of a framework is
 * still the one it holds; when it is not, it raises the same event for its own copies.
 */
@Service
public class FrameworkCatalogue {

    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration refresh;
    private final Map<String, Cached> current = new ConcurrentHashMap<>();
    private final Map<UUID, Cached> byId = new ConcurrentHashMap<>();

    FrameworkCatalogue(
            Frameworks frameworks,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${toolkit.frameworks.refresh:5s}") Duration refresh) {
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
        this.refresh = refresh;
    }

    public Optional<Framework> find(String slug) {
        Cached cached = current.get(slug);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.checkedAt().plus(refresh))) {
            return Optional.of(cached.framework());
        }
        Optional<FrameworkVersionInfo> head = frameworks.versions(slug).stream().findFirst();
        if (head.isEmpty()) {
            current.remove(slug);
            return Optional.empty();
        }
        if (cached != null && cached.isVersion(head.get())) {
            current.put(slug, new Cached(cached.framework(), cached.changedAt(), now));
            return Optional.of(cached.framework());
        }
        Framework loaded = frameworks.load(head.get().id());
        current.put(slug, new Cached(loaded, head.get().changedAt(), now));
        if (cached != null) {
            events.publishEvent(new FrameworkImported(slug, loaded.version()));
        }
        return Optional.of(loaded);
    }

    /** One version of a framework, whatever its status; a draft is looked up again each time, it may have changed. */
    public Optional<Framework> find(String slug, String version) {
        return frameworks.versionInfo(slug, version).map(info -> {
            Cached cached = byId.get(info.id());
            if (cached != null && cached.isVersion(info)) {
                return cached.framework();
            }
            Framework loaded = frameworks.load(info.id());
            byId.put(info.id(), new Cached(loaded, info.changedAt(), clock.instant()));
            return loaded;
        });
    }

    public Framework get(String slug, String version) {
        return find(slug, version).orElseThrow(() -> new FrameworkNotFound(slug + " " + version));
    }

    /** The stored versions of a framework, the current one first. */
    public List<FrameworkVersionInfo> versions(String slug) {
        return frameworks.versions(slug);
    }

    /**
     * The version to compare a framework version with: the one named ({@code slug@version}, or a version of the same
     * framework), else the version it was derived from, else the version stored before it; none for a first version.
     */
    public Optional<FrameworkVersion> comparisonBase(Framework framework, @Nullable String named) {
        if (named != null && !named.isBlank()) {
            int at = named.indexOf('@');
            return Optional.of(
                    at < 0
                            ? new FrameworkVersion(framework.slug(), named)
                            : new FrameworkVersion(named.substring(0, at), named.substring(at + 1)));
        }
        if (framework.basedOn() != null) {
            return Optional.of(framework.basedOn());
        }
        List<FrameworkVersionInfo> versions = versions(framework.slug());
        return versions.stream()
                .filter(v -> v.id().equals(framework.id()))
                .findFirst()
                .flatMap(self -> versions.stream()
                        .filter(v -> v.importedAt().isBefore(self.importedAt()))
                        .max(Comparator.comparing(FrameworkVersionInfo::importedAt)))
                .map(v -> new FrameworkVersion(v.slug(), v.version()));
    }

    /** The recorded changes of a framework version, or of one of its items or roles, newest first. */
    public List<FrameworkChange> history(Framework framework, @Nullable UUID subject) {
        return frameworks.history(framework.id(), subject);
    }

    public Framework get(String slug) {
        return find(slug).orElseThrow(() -> new FrameworkNotFound(slug));
    }

    public FrameworkItem competence(String slug, String code) {
        return get(slug).competence(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, slug, code));
    }

    public RoleProfile role(String slug, String code) {
        return get(slug).role(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, slug, code));
    }

    /** When a framework version was last changed: when it was stored, or its draft last edited. */
    public Instant importedAt(Framework framework) {
        return frameworks.changedAt(framework.id());
    }

    public List<Framework> all() {
        return frameworks.slugs().stream().flatMap(slug -> find(slug).stream()).toList();
    }

    public List<FrameworkSummary> summaries() {
        return all().stream()
                .map(f -> new FrameworkSummary(f.slug(), f.version(), f.status(), f.title()))
                .toList();
    }

    /** After the import's transaction commits (at once when there is none); the catalogue goes first. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    void on(FrameworkImported imported) {
        current.remove(imported.slug());
        byId.values().removeIf(c -> c.framework().slug().equals(imported.slug()));
    }

    /** A framework read from the database, when that version was last changed, and when that was last checked. */
    private record Cached(Framework framework, Instant changedAt, Instant checkedAt) {

        boolean isVersion(FrameworkVersionInfo info) {
            return framework.id().equals(info.id()) && changedAt.equals(info.changedAt());
        }
    }
}
