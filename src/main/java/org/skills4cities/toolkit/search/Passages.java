package org.skills4cities.toolkit.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * How a hit shows why it matched, the same in every index of the toolkit: the paragraph that matched, HTML-escaped,
 * with the matching words in {@code <mark>}, and nothing for a field that did not match.
 */
public final class Passages {

    private Passages() {}

    /**
     * A highlighter's settings for an index whose text fields were indexed with offsets; {@code paragraph} is the
     * character that separates the paragraphs a passage is chosen among.
     */
    public static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher, Analyzer analyzer, char paragraph) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator(paragraph))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
    }
}
