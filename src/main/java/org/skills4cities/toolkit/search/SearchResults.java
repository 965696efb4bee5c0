package org.skills4cities.toolkit.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hits of recent searches, by query, framework and language, least recently used first out. The index changes
 * only when a framework is imported, which empties it; a capacity of zero turns it off.
 */
final class SearchResults {

    private final int capacity;
    private final Map<List<Object>, List<SearchHit>> hits;

    SearchResults(int capacity) {
        this.capacity = capacity;
        this.hits = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, List<SearchHit>> eldest) {
                return size() > SearchResults.this.capacity;
            }
        };
    }

    synchronized @Nullable List<SearchHit> get(List<Object> key) {
        return hits.get(key);
    }

    synchronized void put(List<Object> key, List<SearchHit> found) {
        if (capacity > 0) {
            hits.put(key, List.copyOf(found));
        }
    }

    synchronized void clear() {
        hits.clear();
    }
}
