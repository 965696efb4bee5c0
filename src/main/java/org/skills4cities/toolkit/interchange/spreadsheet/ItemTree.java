package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skills4cities.toolkit.framework.FrameworkItem;

/**
 * Puts the items of a sheet into their tree by the parent code each names, children in the order of their rows.
 * A parent code that names no item, a chain of parents that comes back to the item, and a tree deeper than
 * {@value #MAX_DEPTH} levels are problems.
 */
final class ItemTree {

    static final int MAX_DEPTH = 100;

    private final Map<String, ItemNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> top = new ArrayList<>();
    private final SheetProblems problems;

    private ItemTree(List<ItemNode> nodes, SheetProblems problems) {
        this.problems = problems;
        nodes.forEach(node -> this.nodes.put(node.item().code(), node));
    }

    /** The top-level items with their descendants; nothing when the tree cannot be built. */
    static List<FrameworkItem> of(List<ItemNode> nodes, SheetProblems problems) {
        ItemTree tree = new ItemTree(nodes, problems);
        return tree.linked() ? tree.top.stream().map(tree::build).toList() : List.of();
    }

    private boolean linked() {
        boolean linked = true;
        for (ItemNode node : nodes.values()) {
            if (node.parent().isEmpty()) {
                top.add(node.item().code());
            } else if (nodes.containsKey(node.parent())) {
                children.computeIfAbsent(node.parent(), p -> new ArrayList<>())
                        .add(node.item().code());
            } else {
                problems.add(node.first().at(SheetColumn.PARENT), "unknownParent", node.parent());
                linked = false;
            }
        }
        for (ItemNode node : nodes.values()) {
            linked &= ancestryEnds(node);
        }
        return linked;
    }

    /** Whether going up from the item reaches the top, without coming back to it and within the depth limit. */
    private boolean ancestryEnds(ItemNode node) {
        Set<String> seen = new HashSet<>();
        String code = node.item().code();
        for (ItemNode up = node; !up.parent().isEmpty() && nodes.containsKey(up.parent()); ) {
            up = nodes.get(up.parent());
            if (up.item().code().equals(code)) {
                problems.add(node.first().at(SheetColumn.PARENT), "parentCycle", code);
                return false;
            }
            if (!seen.add(up.item().code())) {
                return false;
            }
            if (seen.size() >= MAX_DEPTH) {
                problems.add(node.first().at(SheetColumn.PARENT), "tooDeep", code, MAX_DEPTH);
                return false;
            }
        }
        return true;
    }

    private FrameworkItem build(String code) {
        List<FrameworkItem> below =
                children.getOrDefault(code, List.of()).stream().map(this::build).toList();
        return nodes.get(code).item().withChildren(below);
    }

    /** An item without its children, the parent code its rows name, and its first row. */
    record ItemNode(FrameworkItem item, String parent, Line first) {}
}
