package org.skills4cities.toolkit.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.skills4cities.toolkit.language.Language;

/** The Lucene analyser of each language, and the field names that hold each language's text. */
final class Analyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer perField;

    Analyzers() {
        byLanguage.put(Language.EN, new EnglishAnalyzer());
        byLanguage.put(Language.BG, new BulgarianAnalyzer());
        byLanguage.put(Language.RO, new RomanianAnalyzer());
        byLanguage.put(Language.DE, new GermanAnalyzer());
        byLanguage.put(Language.ES, new SpanishAnalyzer());
        byLanguage.put(Language.EL, new GreekAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((language, analyzer) -> {
            fields.put(title(language), analyzer);
            fields.put(body(language), analyzer);
        });
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    Analyzer of(Language language) {
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
}
