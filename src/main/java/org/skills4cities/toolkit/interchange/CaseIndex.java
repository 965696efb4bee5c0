package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.interchange.CaseLink.Endpoint;

/**
 * The items of a package by identifier and by URI, so that an association's ends are found however it names them;
 * an identifier used twice keeps its first item.
 */
final class CaseIndex {

    private final CaseHead head;
    private final List<CaseEntry> entries = new ArrayList<>();
    private final Map<String, CaseEntry> byIdentifier = new HashMap<>();
    private final Map<String, CaseEntry> byUri = new HashMap<>();

    CaseIndex(CaseHead head) {
        this.head = head;
    }

    /** Adds the entry unless its identifier is taken; then says where it was first used. */
    Optional<String> add(CaseEntry entry) {
        CaseEntry first = byIdentifier.putIfAbsent(entry.identifier(), entry);
        if (first != null) {
            return Optional.of(first.pointer());
        }
        entries.add(entry);
        if (entry.uri() != null) {
            byUri.putIfAbsent(entry.uri(), entry);
        }
        return Optional.empty();
    }

    /** The items and roles, in their order in {@code CFItems}. */
    List<CaseEntry> entries() {
        return entries;
    }

    Optional<CaseEntry> entry(Endpoint endpoint) {
        CaseEntry entry = endpoint.identifier() == null ? null : byIdentifier.get(endpoint.identifier());
        if (entry == null && endpoint.uri() != null) {
            entry = byUri.get(endpoint.uri());
        }
        return Optional.ofNullable(entry);
    }

    boolean isDocument(Endpoint endpoint) {
        return (endpoint.identifier() != null && endpoint.identifier().equals(head.identifier()))
                || (endpoint.uri() != null && endpoint.uri().equals(head.uri()));
    }
}
