package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tree of a package, from its {@code isChildOf} associations (origin = child, destination = parent item or the
 * document): children in the order of their {@code sequenceNumber}, else of {@code CFItems}; items that no chain
 * links to the document go to the top level. A chain that comes back to where it started is an error.
 */
final class CaseTree {

    static final int MAX_DEPTH = 32;

    private static final Comparator<Placed> ORDER = Comparator.comparing(
                    (Placed p) -> p.sequence(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.entry().index());

    private final CaseNodes nodes;
    private final CaseIndex index;
    private final Map<Integer, Placement> placements = new HashMap<>();
    private final Map<Integer, List<Placed>> children = new HashMap<>();
    private final List<Placed> top = new ArrayList<>();
    private final List<Placed> roles = new ArrayList<>();

    CaseTree(CaseNodes nodes, CaseIndex index) {
        this.nodes = nodes;
        this.index = index;
    }

    /** Places every item and role by the package's {@code isChildOf} associations. */
    CaseTree grow(List<CaseLink> links) {
        links.stream().filter(CaseLink::isChildOf).forEach(this::place);
        findCycles();
        for (CaseEntry entry : index.entries()) {
            Placement placement = placements.get(entry.index());
            Integer sequence = placement == null ? null : placement.sequence();
            Placed placed = new Placed(entry, sequence);
            if (entry.isRole()) {
                roles.add(placed);
            } else if (placement == null) {
                nodes.warn(entry.pointer(), "caseUnreachable", entry.identifier());
            } else if (placement.parent() == null) {
                top.add(placed);
            } else {
                children.computeIfAbsent(placement.parent().index(), i -> new ArrayList<>())
                        .add(placed);
            }
        }
        top.sort(ORDER);
        roles.sort(ORDER);
        children.values().forEach(list -> list.sort(ORDER));
        index.entries().stream()
                .filter(e -> !e.isRole() && !placements.containsKey(e.index()))
                .forEach(e -> top.add(new Placed(e, null)));
        return this;
    }

    List<CaseEntry> topLevel() {
        return entries(top);
    }

    List<CaseEntry> children(CaseEntry parent) {
        return entries(children.getOrDefault(parent.index(), List.of()));
    }

    List<CaseEntry> roles() {
        return entries(roles);
    }

    private void place(CaseLink link) {
        Optional<CaseEntry> child = index.entry(link.origin());
        if (child.isEmpty()) {
            nodes.warn(
                    link.pointer() + "/originNodeURI",
                    "caseUnknownNode",
                    link.origin().name());
            return;
        }
        CaseEntry parent = null;
        if (!index.isDocument(link.destination())) {
            parent = index.entry(link.destination()).orElse(null);
            if (parent == null) {
                nodes.warn(
                        link.pointer() + "/destinationNodeURI",
                        "caseUnknownNode",
                        link.destination().name());
                return;
            }
            if (parent.isRole() || child.get().isRole()) {
                nodes.warn(link.pointer(), "caseAssociationIgnored", link.type());
                return;
            }
        }
        Placement earlier = placements.get(child.get().index());
        if (earlier != null) {
            String parentName =
                    earlier.parent() == null ? "CFDocument" : earlier.parent().identifier();
            nodes.warn(link.pointer(), "caseSecondParent", child.get().identifier(), parentName);
            return;
        }
        if (link.sequence() == null) {
            nodes.warn(link.pointer(), "caseNoSequence");
        }
        placements.put(child.get().index(), new Placement(parent, link.sequence(), link.pointer()));
    }

    /**
     * Follows each item's parents up to the document; coming back to an item on the way is a cycle, and a tree deeper
     * than {@value #MAX_DEPTH} levels is refused too (nothing real is that deep, and deeper trees would be walked by
     * recursion).
     */
    private void findCycles() {
        Map<Integer, Boolean> done = new HashMap<>();
        Map<Integer, Integer> depths = new HashMap<>();
        boolean tooDeep = false;
        for (Integer start : placements.keySet()) {
            List<Integer> path = new ArrayList<>();
            Integer at = start;
            while (at != null && !done.containsKey(at)) {
                done.put(at, false);
                path.add(at);
                Placement placement = placements.get(at);
                at = placement == null || placement.parent() == null
                        ? null
                        : placement.parent().index();
            }
            if (at != null && !done.get(at)) {
                Placement closing = placements.get(at);
                nodes.error(closing.pointer(), "caseCycle", closing.parentName());
            } else {
                int depth = at == null ? 0 : depths.getOrDefault(at, 0);
                for (int i = path.size() - 1; i >= 0; i--) {
                    depths.put(path.get(i), ++depth);
                }
                if (depth > MAX_DEPTH && !tooDeep) {
                    tooDeep = true;
                    nodes.error(placements.get(start).pointer(), "caseTooDeep", MAX_DEPTH);
                }
            }
            path.forEach(p -> done.put(p, true));
        }
    }

    private static List<CaseEntry> entries(List<Placed> placed) {
        return placed.stream().map(Placed::entry).toList();
    }

    private record Placement(
            @Nullable CaseEntry parent, @Nullable Integer sequence, String pointer) {

        String parentName() {
            return parent == null ? "CFDocument" : parent.identifier();
        }
    }

    private record Placed(CaseEntry entry, @Nullable Integer sequence) {}
}
