package org.skills4cities.toolkit.search;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.Query;

/**
 * What a searcher may type, the same in every index of the toolkit: how long a query may be, the clean-up it gets
 * and the syntax it is parsed with.
 */
public final class Queries {

    /** The longest query, in characters, once cleaned. */
    public static final int MAX_LENGTH = 200;

    /**
     * The query syntax offered: words, "phrases", prefix*, +must, -not, a | b, (groups) and \escapes; no fuzzy or
     * proximity operators, which expand into thousands of terms.
     */
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    /** Soft hyphens, zero-width and bidirectional marks: invisible, and no part of a word. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    private Queries() {}

    /** The query as it is meant: composed (NFC) letters, without invisible characters, without outer spaces. */
    public static String clean(String query) {
        return INVISIBLE
                .matcher(Normalizer.normalize(query, Normalizer.Form.NFC))
                .replaceAll("")
                .strip();
    }

    /** A cleaned query over the given fields, each with its weight, its words analysed by {@code analyzer}. */
    public static Query parse(String text, Analyzer analyzer, Map<String, Float> fields) {
        return new SimpleQueryParser(analyzer, fields, OPERATORS).parse(text);
    }
}
