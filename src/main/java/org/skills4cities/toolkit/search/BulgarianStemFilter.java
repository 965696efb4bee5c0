package org.skills4cities.toolkit.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A light stemmer for lower-case Bulgarian that brings the inflected forms of a noun or adjective to one stem: the
 * definite articles, the plural endings and the final vowel go, so {@code проект}, {@code проекта}, {@code
 * проектът}, {@code проекти} and {@code проектите} all become {@code проект}.
 *
 * <p>It follows the rules of Nakov's light stemmer (the one Lucene ships), changed where that one split the words
 * this framework uses most: the short masculine article {@code -а} after a final {@code т} ({@code проекта}), the
 * feminine article after {@code -ост} ({@code отговорността}), the endings {@code -ие/-ия/-ии} of abstract nouns
 * ({@code управление}, {@code стратегии}), and no vowel change in plurals ({@code обществени}).
 *
 * <p>A word ending in {@code -ата} or {@code -ята} is either a feminine noun with its article ({@code работата}) or a
 * masculine one ending in {@code -ат} with the short article ({@code резултата}); the form alone cannot tell, so both
 * stems are given at the same position and either matches.
 */
final class BulgarianStemFilter extends TokenFilter {

    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String alternative;

    BulgarianStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (alternative != null) {
            restoreState(pending);
            term.setEmpty().append(alternative);
            position.setPositionIncrement(0);
            alternative = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            List<String> stems = stems(term.toString());
            term.setEmpty().append(stems.getFirst());
            if (stems.size() > 1) {
                alternative = stems.get(1);
                pending = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        alternative = null;
        pending = null;
    }

    /** The stem of the word, or its two possible stems when its ending could be read in two ways. */
    static List<String> stems(String word) {
        if (word.length() < 4) {
            return List.of(word);
        }
        if (word.length() > 5 && (word.endsWith("ата") || word.endsWith("ята")) && !word.endsWith("ията")) {
            String feminine = stem(word.substring(0, word.length() - 2));
            String masculine = stem(word.substring(0, word.length() - 1));
            return feminine.equals(masculine) ? List.of(feminine) : List.of(feminine, masculine);
        }
        return List.of(stem(removeArticle(word)));
    }

    private static String removeArticle(String word) {
        int len = word.length();
        if (len > 6 && word.endsWith("ият")) {
            return word.substring(0, len - 3);
        }
        if (len > 5) {
            if (word.endsWith("ът") || word.endsWith("ят") || word.endsWith("то") || word.endsWith("те")) {
                return word.substring(0, len - 2);
            }
            if (word.endsWith("та")) {
                boolean feminine = word.endsWith("тта") || word.endsWith("щта") || word.endsWith("стта");
                return word.substring(0, len - (feminine ? 2 : 1));
            }
        }
        return word;
    }

    private static String stem(String word) {
        String stem = removeEnding(word);
        if (stem.length() > 4 && stem.endsWith("ен")) {
            stem = stem.substring(0, stem.length() - 2) + "н";
        }
        return stem;
    }

    private static String removeEnding(String word) {
        int len = word.length();
        if (len > 6 && (word.endsWith("ове") || word.endsWith("еве") || word.endsWith("ища"))) {
            return word.substring(0, len - 3);
        }
        if (len > 5 && (word.endsWith("ие") || word.endsWith("ия") || word.endsWith("ии") || word.endsWith("ий"))) {
            return word.substring(0, len - 2);
        }
        if (len > MIN_STEM + 1 && isVowel(word.charAt(len - 1))) {
            return word.substring(0, len - 1);
        }
        return word;
    }

    private static boolean isVowel(char letter) {
        return "аъоуеиюя".indexOf(letter) >= 0;
    }
}
