package org.skills4cities.toolkit.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A unified highlighter that takes the texts to highlight from the in-memory entries instead of stored fields. */
final class EntryHighlighter extends UnifiedHighlighter {

    private final IndexSearcher searcher;
    private final Map<String, IndexedEntry> entries;

    EntryHighlighter(Builder builder, IndexSearcher searcher, Map<String, IndexedEntry> entries) {
        super(builder);
        this.searcher = searcher;
        this.entries = entries;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            IndexedEntry entry = entries.get(
                    stored.document(doc, Set.of(SearchDocuments.KEY)).get(SearchDocuments.KEY));
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                texts[i] = entry == null ? "" : entry.texts().getOrDefault(fields[i], "");
            }
            values.add(texts);
        }
        return values;
    }
}
