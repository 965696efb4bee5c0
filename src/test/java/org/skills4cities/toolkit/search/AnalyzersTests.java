package org.skills4cities.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skills4cities.toolkit.language.Language;

/** What a searcher types reaches the same terms as the text it means, in each language. */
class AnalyzersTests {

    private final Analyzers analyzers = new Analyzers();

    @ParameterizedTest(name = "{0}: \"{1}\" matches \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | STAKEHOLDERS             | stakeholder
            en | procurement              | Procurement
            en | cafe                     | café
            bg | проект                   | проектите
            bg | проекти                  | проекта
            bg | ОБЩЕСТВЕНИ ПОРЪЧКИ       | обществената поръчка
            bg | стратегия                | стратегиите
            bg | резултат                 | резултата
            bg | работа                   | работата
            bg | управление               | управлението
            bg | отговорност              | отговорността
            bg | бюджети                  | бюджета
            ro | achizitii publice        | achizițiile publice
            ro | achiziții                | achiziţii
            ro | strategie                | strategiei
            ro | TARA                     | Țara
            de | Beschaffung              | beschaffungen
            de | Massnahmen               | Maßnahmen
            de | Burger                   | Bürger
            es | gestion                  | gestión
            es | CONTRATACION PUBLICA     | contratación pública
            es | ciudades                 | ciudad
            el | ΣΤΡΑΤΗΓΙΚΗ               | στρατηγική
            el | ΕΝΔΙΑΦΕΡΟΜΕΝΟΣ           | ενδιαφερόμενος
            el | δημοσιες συμβασεις       | δημόσιες συμβάσεις
            el | εταιρικη σχεση           | εταιρικής σχέσης
            """)
    void queryReachesTheFormInTheText(String language, String query, String text) throws IOException {
        Analyzer analyzer = analyzers.of(Language.ofCode(language).orElseThrow());

        assertThat(matches(terms(analyzer, query), terms(analyzer, text)))
                .as("%s against %s", terms(analyzer, query), terms(analyzer, text))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" does not match \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            bg | проект     | продукт
            ro | plan       | plata
            el | σχέδιο     | σχέση
            es | contrato   | contexto
            """)
    void differentWordsStayApart(String language, String query, String text) throws IOException {
        Analyzer analyzer = analyzers.of(Language.ofCode(language).orElseThrow());

        assertThat(matches(terms(analyzer, query), terms(analyzer, text))).isFalse();
    }

    /** Whether each position of the query shares a term with the same position of the text. */
    private static boolean matches(List<Set<String>> query, List<Set<String>> text) {
        if (query.isEmpty() || query.size() != text.size()) {
            return false;
        }
        for (int i = 0; i < query.size(); i++) {
            if (Collections.disjoint(query.get(i), text.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The terms at each position; a stemmer may give more than one where a form can be read two ways. */
    private static List<Set<String>> terms(Analyzer analyzer, String text) throws IOException {
        List<Set<String>> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
                    terms.add(new HashSet<>());
                }
                terms.getLast().add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
