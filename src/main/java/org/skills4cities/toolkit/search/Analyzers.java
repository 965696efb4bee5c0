package org.skills4cities.toolkit.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.skills4cities.toolkit.language.Language;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * The Lucene analyser of each language, and the field names that hold each language's text in the framework index.
 * Other modules that search their own texts (the user guide) analyse them with {@link #of(Language)}, so that a word
 * is understood the same way everywhere.
 *
 * <p>Every analyser lower-cases, drops the language's stop words and stems, and folds what a searcher may leave out:
 * accents in English, Spanish and Romanian (so {@code gestion} finds {@code gestión} and {@code achizitii} finds
 * {@code achiziții}, with the old cedilla letters ş ţ treated as ș ț), umlauts and ß in German, accents and final
 * sigma in Greek (so {@code ΣΤΡΑΤΗΓΙΚΗ} finds {@code στρατηγική}). Romanian is folded before it is stemmed, so that a
 * word typed with or without its diacritics reaches the same stem.
 */
public final class Analyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer perField;

    /** Builds the six analysers; they are thread-safe, so one instance serves a whole index. */
    public Analyzers() {
        byLanguage.put(
                Language.EN,
                chain(
                        stream -> new PorterStemFilter(new StopFilter(
                                new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(stream))),
                                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)),
                        stream -> new PorterStemFilter(folded(stream))));
        byLanguage.put(
                Language.BG,
                chain(
                        stream -> new BulgarianStemFilter(
                                new StopFilter(new LowerCaseFilter(stream), BulgarianAnalyzer.getDefaultStopSet())),
                        stream -> new BulgarianStemFilter(new LowerCaseFilter(stream))));
        CharArraySet romanianStops = folded(RomanianAnalyzer.getDefaultStopSet());
        byLanguage.put(
                Language.RO,
                chain(
                        stream -> new SnowballFilter(
                                new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)), romanianStops),
                                new RomanianStemmer()),
                        stream -> new SnowballFilter(folded(stream), new RomanianStemmer())));
        byLanguage.put(
                Language.DE,
                chain(
                        stream -> new GermanLightStemFilter(new GermanNormalizationFilter(
                                new StopFilter(new LowerCaseFilter(stream), GermanAnalyzer.getDefaultStopSet()))),
                        stream ->
                                new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(stream)))));
        byLanguage.put(
                Language.ES,
                chain(
                        stream -> new SpanishLightStemFilter(new ASCIIFoldingFilter(
                                new StopFilter(new LowerCaseFilter(stream), SpanishAnalyzer.getDefaultStopSet()))),
                        stream -> new SpanishLightStemFilter(folded(stream))));
        byLanguage.put(
                Language.EL,
                chain(
                        stream -> new GreekStemFilter(
                                new StopFilter(new GreekLowerCaseFilter(stream), GreekAnalyzer.getDefaultStopSet())),
                        stream -> new GreekStemFilter(new GreekLowerCaseFilter(stream))));
        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((language, analyzer) -> {
            fields.put(title(language), analyzer);
            fields.put(body(language), analyzer);
        });
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /**
     * The analyser of a language: lower-casing, its stop words, its stemmer and the folding described above; its
     * {@code normalize} is what a prefix query's text goes through.
     */
    public Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    Analyzer perField() {
        return perField;
    }

    static String title(Language language) {
        return "title_" + language.code();
    }

    static String body(Language language) {
        return "body_" + language.code();
    }

    /**
     * An analyser from its filters; {@code normalizer} is what a prefix query's text goes through (case, accents and
     * the stemmer, without stop words), so that {@code στρατηγική*} reaches the stems {@code στρατηγική} reaches.
     */
    private static Analyzer chain(UnaryOperator<TokenStream> filters, UnaryOperator<TokenStream> normalizer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizer.apply(in);
            }
        };
    }

    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The stop words as they look once their accents are folded, the way the text reaches the stop filter. */
    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), false);
        for (Object word : words) {
            char[] chars = (char[]) word;
            char[] output = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, output, 0, chars.length);
            folded.add(new String(output, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
