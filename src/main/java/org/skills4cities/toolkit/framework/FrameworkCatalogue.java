package org.skills4cities.toolkit.framework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The frameworks the toolkit offers, read from the database once and kept in memory: a framework version is
 * immutable once stored, so the copy stays true until an import replaces the current version of a slug.
 */
@Service
public class FrameworkCatalogue {

    private final Frameworks frameworks;
    private final Map<String, Framework> current = new ConcurrentHashMap<>();

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

    public Framework get(String slug) {
        return find(slug).orElseThrow(() -> new FrameworkNotFound(slug));
    }

    public FrameworkItem competence(String slug, String code) {
        return get(slug).competence(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, slug, code));
    }

    public RoleProfile role(String slug, String code) {
        return get(slug).role(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, slug, code));
    }

    /** When a framework version was stored, which is its last change. */
    public Instant importedAt(Framework framework) {
        return frameworks.importedAt(framework.id());
    }

    public List<Framework> all() {
        return frameworks.slugs().stream().flatMap(slug -> find(slug).stream()).toList();
    }

    public List<FrameworkSummary> summaries() {
        return all().stream()
                .map(f -> new FrameworkSummary(f.slug(), f.version(), f.status(), f.title()))
                .toList();
    }

    @EventListener
    void on(FrameworkImported imported) {
        current.remove(imported.slug());
    }
}
