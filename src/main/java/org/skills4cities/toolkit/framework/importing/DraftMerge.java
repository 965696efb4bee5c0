package org.skills4cities.toolkit.framework.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * Lays a file over a stored draft: what the file holds wins, item by item and role by role (matched by identifier);
 * what the draft holds and the file no longer does stays where it was, unless the caller asked to remove it. A
 * removed item that something refers to stays too, retired. Removing an item removes the items under it that the file
 * does not hold elsewhere.
 */
final class DraftMerge {

    private final Framework stored;
    private final Framework file;
    private final Set<UUID> remove;
    private final Predicate<UUID> referenced;
    private final Set<UUID> inFile = new HashSet<>();
    private final List<String> removed = new ArrayList<>();
    private final List<String> retired = new ArrayList<>();

    DraftMerge(Framework stored, Framework file, Set<UUID> remove, Predicate<UUID> referenced) {
        this.stored = stored;
        this.file = file;
        this.remove = remove;
        this.referenced = referenced;
        file.allItems().forEach(i -> inFile.add(i.id()));
        file.roles().forEach(r -> inFile.add(r.id()));
    }

    Framework run() {
        Map<UUID, List<FrameworkItem>> orphans = new HashMap<>();
        List<FrameworkItem> topOrphans = new ArrayList<>();
        collectOrphans(stored.items(), null, orphans, topOrphans);
        List<FrameworkItem> items = new ArrayList<>(
                file.items().stream().map(i -> attach(i, orphans)).toList());
        items.addAll(topOrphans);
        Map<UUID, RoleProfile> roles = new LinkedHashMap<>();
        file.roles().forEach(r -> roles.put(r.id(), r));
        for (RoleProfile role : stored.roles()) {
            if (!inFile.contains(role.id())) {
                if (!remove.contains(role.id())) {
                    roles.put(role.id(), role);
                } else {
                    removed.add(role.code());
                }
            }
        }
        Set<String> codes = new HashSet<>();
        items.stream().flatMap(FrameworkItem::selfAndDescendants).forEach(i -> codes.add(i.code()));
        List<RoleProfile> keptRoles = roles.values().stream()
                .map(r -> r.withRequirements(r.requirements().stream()
                        .filter(q -> codes.contains(q.competence()))
                        .toList()))
                .toList();
        return new Framework(
                stored.id(),
                stored.slug(),
                stored.version(),
                stored.status(),
                file.basedOn() != null ? file.basedOn() : stored.basedOn(),
                file.languages(),
                file.title(),
                file.description(),
                file.proficiencyLevels(),
                items,
                keptRoles,
                stored.owner(),
                file.sourceIdentifier(),
                file.attributes());
    }

    List<String> removed() {
        return removed;
    }

    List<String> retired() {
        return retired;
    }

    /** Finds the stored items the file does not hold, by the item (still there) they hang under. */
    private void collectOrphans(
            List<FrameworkItem> siblings,
            @Nullable UUID parent,
            Map<UUID, List<FrameworkItem>> orphans,
            List<FrameworkItem> top) {
        for (FrameworkItem item : siblings) {
            if (inFile.contains(item.id())) {
                collectOrphans(item.children(), item.id(), orphans, top);
                continue;
            }
            keep(item).ifPresent(kept -> {
                if (parent == null) {
                    top.add(kept);
                } else {
                    orphans.computeIfAbsent(parent, k -> new ArrayList<>()).add(kept);
                }
            });
            moved(item.children(), orphans, top);
        }
    }

    /** Items under a missing item that the file holds elsewhere: what hangs under them is looked at from there. */
    private void moved(List<FrameworkItem> children, Map<UUID, List<FrameworkItem>> orphans, List<FrameworkItem> top) {
        for (FrameworkItem child : children) {
            if (inFile.contains(child.id())) {
                collectOrphans(child.children(), child.id(), orphans, top);
            } else {
                moved(child.children(), orphans, top);
            }
        }
    }

    /** A stored item the file does not hold, as it stays: kept, retired, or gone. */
    private Optional<FrameworkItem> keep(FrameworkItem item) {
        List<FrameworkItem> children = item.children().stream()
                .filter(c -> !inFile.contains(c.id()))
                .map(c -> remove.contains(item.id()) ? removeAlong(c) : keep(c))
                .flatMap(Optional::stream)
                .toList();
        if (!remove.contains(item.id())) {
            return Optional.of(item.withChildren(children));
        }
        if (referenced.test(item.id()) || !children.isEmpty()) {
            retired.add(item.code());
            return Optional.of(item.withChildren(children).withState(ItemState.RETIRED));
        }
        removed.add(item.code());
        return Optional.empty();
    }

    private Optional<FrameworkItem> removeAlong(FrameworkItem child) {
        List<FrameworkItem> children = child.children().stream()
                .filter(c -> !inFile.contains(c.id()))
                .map(this::removeAlong)
                .flatMap(Optional::stream)
                .toList();
        if (referenced.test(child.id()) || !children.isEmpty()) {
            retired.add(child.code());
            return Optional.of(child.withChildren(children).withState(ItemState.RETIRED));
        }
        removed.add(child.code());
        return Optional.empty();
    }

    private FrameworkItem attach(FrameworkItem item, Map<UUID, List<FrameworkItem>> orphans) {
        List<FrameworkItem> children = new ArrayList<>(
                item.children().stream().map(c -> attach(c, orphans)).toList());
        children.addAll(orphans.getOrDefault(item.id(), List.of()));
        return item.withChildren(children);
    }
}
