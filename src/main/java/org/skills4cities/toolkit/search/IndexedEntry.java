package org.skills4cities.toolkit.search;

import java.util.Map;

/**
 * What the index holds of one framework item or role: its key, what it is, and its texts by index field. The texts
 * stay in memory beside the index, so that results and highlighted passages need no stored-field decompression.
 */
record IndexedEntry(String key, String framework, String kind, String code, Map<String, String> texts) {

    IndexedEntry {
        texts = Map.copyOf(texts);
    }
}
