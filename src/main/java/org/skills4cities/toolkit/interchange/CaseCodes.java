package org.skills4cities.toolkit.interchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The codes of a package's items: its {@code humanCodingScheme}, else a number from the item's place in the tree
 * as OpenSALT numbers it ({@code 1}, {@code 1.2}, {@code 1.2.3}). A code given twice is kept by the first item; a
 * later one gets a suffix and keeps the code it was given as an attribute, as does a code too long to keep.
 */
final class CaseCodes {

    static final int MAX_CODE = 200;
    static final int MAX_ROLE_CODE = 40;
    static final String GIVEN = "humanCodingScheme";

    private final CaseNodes nodes;
    private final Map<Integer, String> codes = new HashMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, String> used = new HashMap<>();

    CaseCodes(CaseNodes nodes) {
        this.nodes = nodes;
    }

    /** Gives every item and role of the tree a code used once. */
    CaseCodes assign(List<CaseEntry> entries, CaseTree tree) {
        for (CaseEntry entry : entries) {
            if (entry.code() != null) {
                given(entry, entry.isRole() ? MAX_ROLE_CODE : MAX_CODE);
            }
        }
        Deque<Numbered> pending = new ArrayDeque<>();
        push(pending, tree.topLevel(), "");
        while (!pending.isEmpty()) {
            Numbered next = pending.pop();
            if (next.entry().code() == null) {
                String code = unique(next.number(), next.entry());
                nodes.warn(next.entry().pointer(), "caseNoCode", code);
            }
            push(pending, tree.children(next.entry()), next.number() + ".");
        }
        List<CaseEntry> roles = tree.roles();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).code() == null) {
                nodes.warn(roles.get(i).pointer(), "caseNoCode", unique("R" + (i + 1), roles.get(i)));
            }
        }
        return this;
    }

    String code(CaseEntry entry) {
        return codes.get(entry.index());
    }

    /** What the package said of the entry's code that its code no longer says. */
    Map<String, String> attributes(CaseEntry entry) {
        return attributes.getOrDefault(entry.index(), Map.of());
    }

    private void given(CaseEntry entry, int maxLength) {
        String given = entry.code();
        String code = given;
        if (given.length() > maxLength) {
            code = given.substring(0, maxLength);
            nodes.warn(entry.pointer() + "/" + GIVEN, "caseCodeTooLong", given, maxLength);
        }
        String first = used.get(code);
        if (first != null) {
            code = unique(code, entry);
            nodes.warn(entry.pointer() + "/" + GIVEN, "caseDuplicateCode", given, first, code);
        } else {
            used.put(code, entry.pointer());
            codes.put(entry.index(), code);
        }
        if (!code.equals(given)) {
            attributes.computeIfAbsent(entry.index(), i -> new TreeMap<>()).put(GIVEN, given);
        }
    }

    /** The code itself when it is free, else the code with the first free suffix -2, -3 ... */
    private String unique(String code, CaseEntry entry) {
        String candidate = code;
        for (int n = 2; used.containsKey(candidate); n++) {
            candidate = code + "-" + n;
        }
        used.put(candidate, entry.pointer());
        codes.put(entry.index(), candidate);
        return candidate;
    }

    private static void push(Deque<Numbered> pending, List<CaseEntry> entries, String prefix) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            pending.push(new Numbered(entries.get(i), prefix + (i + 1)));
        }
    }

    private record Numbered(CaseEntry entry, String number) {}
}
