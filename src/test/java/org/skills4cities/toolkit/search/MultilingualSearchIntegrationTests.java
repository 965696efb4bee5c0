package org.skills4cities.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Searching the reference framework the way people type: without accents or diacritics, in capitals, in another
 * inflected form than the text's, and across languages.
 */
@SpringBootTest
class MultilingualSearchIntegrationTests {

    @Autowired
    SearchIndex index;

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | STAKEHOLDERS                  | D.1
            en | procured                      | D.5
            bg | заинтересована страна         | D.1
            bg | поръчката                     | D.5
            bg | стратегиите                   | A.1
            ro | achizitii publice             | D.5
            ro | partilor interesate           | D.1
            ro | CETATENILOR                   | D.2
            de | BURGERBETEILIGUNG             | D.2
            de | Stakeholdern                  | D.1
            es | compra publica                | D.5
            es | PARTICIPACION CIUDADANA       | D.2
            es | gemelo digital                | C.7
            el | ΣΤΡΑΤΗΓΙΚΗ                    | A.1
            el | ΔΗΜΟΣΙΑ ΠΡΟΜΗΘΕΙΑ             | D.5
            el | συμμετοχη πολιτη               | D.2
            """)
    void findsTheCompetenceInItsOwnLanguage(String language, String query, String code) {
        List<SearchHit> hits =
                index.search(query, "skills4cities", Language.ofCode(language).orElseThrow());

        assertThat(hits.stream().limit(5).map(SearchHit::code))
                .as("first five hits")
                .contains(code);
        assertThat(hits.stream()
                        .filter(hit -> hit.code().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .language())
                .isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            el | στρατηγική*    | A.1
            ro | achiziț*       | D.5
            es | contratación*  | D.5
            de | Bürgerbeteil*  | D.2
            """)
    void foldsPrefixesLikeWords(String language, String query, String code) {
        assertThat(index.search(
                        query, "skills4cities", Language.ofCode(language).orElseThrow()))
                .extracting(SearchHit::code)
                .contains(code);
    }

    @Test
    void readsDecomposedAndInvisibleCharactersAsThePlainWord() {
        String decomposed = Normalizer.normalize("στρατηγική", Normalizer.Form.NFD);

        assertThat(index.search(decomposed, "skills4cities", Language.EL))
                .extracting(SearchHit::code)
                .contains("A.1");
        assertThat(index.search("стра\u00ADтегия", "skills4cities", Language.BG))
                .extracting(SearchHit::code)
                .contains("A.1");
        assertThat(index.search("\u202Eachiziții\u202C", "skills4cities", Language.RO))
                .extracting(SearchHit::code)
                .contains("D.5");
    }

    @Test
    void searchesEnglishOnlyWhereTheLanguageHasNoText() {
        assertThat(index.search("data", "skills4cities", Language.DE))
                .as("every entry is in German, so English matches nothing")
                .allSatisfy(hit -> assertThat(hit.language()).isEqualTo("de"));
    }

    @Test
    void offersNoFuzzyOperatorThatWouldExpandIntoThousandsOfTerms() {
        String fuzzy = "ate~ tre~ sse~ rio~ tne~ eor~ ron~ ies~ tai~ ros~ san~ ntr~";

        assertThat(index.search(fuzzy, null, Language.BG, true)).isNotNull();
    }

    @Test
    void searchesEveryLanguageWhenAskedAndSaysWhichMatched() {
        String greekQuery = "Δημόσιες προμήθειες καινοτομίας";

        List<SearchHit> bulgarianOnly = index.search(greekQuery, "skills4cities", Language.BG, false);
        List<SearchHit> everyLanguage = index.search(greekQuery, "skills4cities", Language.BG, true);

        assertThat(bulgarianOnly).isEmpty();
        assertThat(everyLanguage).isNotEmpty();
        assertThat(everyLanguage.getFirst().code()).isEqualTo("D.5");
        assertThat(everyLanguage.getFirst().language()).isEqualTo("el");
        assertThat(everyLanguage.getFirst().highlight()).contains("<mark>");
    }
}
