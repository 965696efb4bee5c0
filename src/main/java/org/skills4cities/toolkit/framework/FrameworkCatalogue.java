package org.skills4cities.toolkit.framework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The frameworks the toolkit offers, read from the database once and kept in memory. A published version never
 * changes; a draft changes only through the import path, whose {@link FrameworkImported} event drops every copy of
 * that framework.
 */
@Service
public class FrameworkCatalogue {

    private final Frameworks frameworks;
    private final Map<String, Framework> current = new ConcurrentHashMap<>();
    private final Map<UUID, Framework> byId = new ConcurrentHashMap<>();

    FrameworkCatalogue(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public Optional<Framework> find(String slug) {
        Framework cached = current.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Framework> loaded = frameworks.findCurrent(slug);
        loaded.ifPresent(f -> current.put(slug, f));
        return loaded;
    }

    /** One version of a framework, whatever its status. */
    public Optional<Framework> find(String slug, String version) {
        return frameworks.find(slug, version).map(id -> byId.computeIfAbsent(id, frameworks::load));
    }

    public Framework get(String slug, String version) {
        return find(slug, version).orElseThrow(() -> new FrameworkNotFound(slug + " " + version));
    }

    /** The stored versions of a framework, the current one first. */
    public List<FrameworkVersionInfo> versions(String slug) {
        return frameworks.versions(slug);
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
        byId.values().removeIf(f -> f.slug().equals(imported.slug()));
    }
}
