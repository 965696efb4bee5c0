package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.search.InvalidSearch;
import org.skills4cities.toolkit.search.Queries;

/** Search over the guide understands each language as the framework search does, the reader's own first. */
class GuideSearchTests {

    private static UserGuide guide;

    @BeforeAll
    static void load() throws IOException {
        guide = UserGuideTests.load(UserGuideTests.FIXTURE);
    }

    @AfterAll
    static void close() throws IOException {
        guide.close();
    }

    @Test
    void findsAccentedGreekFromCapitalsWithoutAccents() {
        List<GuideHit> hits = guide.search("ΑΞΙΟΛΟΓΗΣΗ", Language.EL);

        assertThat(ids(hits)).contains("trainers-validation", "learners-self-assessment");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(Language.EL));
        assertThat(hits.getFirst().highlight()).contains("<mark>αξιολόγηση</mark>");
    }

    @Test
    void findsBulgarianWordsInAnotherFormOfTheSameStem() {
        assertThat(ids(guide.search("компетентност", Language.BG)))
                .contains("trainers-validation", "learners-self-assessment", "learners-which-level");
        assertThat(ids(guide.search("обучаемия", Language.BG))).contains("trainers-search-languages");
    }

    @Test
    void findsAnEntryFromAQueryInAnotherOfTheSixLanguages() {
        List<GuideHit> hits = guide.search("Lückenbericht", Language.EN);

        assertThat(ids(hits)).containsExactly("learners-gap-report");
        assertThat(hits.getFirst().language()).isEqualTo(Language.DE);
        assertThat(hits.getFirst().highlight()).contains("<mark>Lückenbericht</mark>");
    }

    @Test
    void ranksWhatMatchesInTheReadersLanguageAboveWhatMatchesInAnother() {
        GuideHit own = guide.search("αξιολόγηση", Language.EL).getFirst();
        GuideHit other = guide.search("αξιολόγηση", Language.EN).getFirst();

        assertThat(other.language()).isEqualTo(Language.EL);
        assertThat(own.score()).isGreaterThan(other.score());
    }

    @Test
    void findsNothingForWordsTheGuideDoesNotUse() {
        assertThat(guide.search("zzzqqq", Language.RO)).isEmpty();
    }

    @Test
    void refusesBlankOverLongAndOverComplexQueries() {
        assertThatThrownBy(() -> guide.search(" \u200B ", Language.EN))
                .isInstanceOfSatisfying(
                        InvalidSearch.class, e -> assertThat(e.reason()).isEqualTo("blank"));
        assertThatThrownBy(() -> guide.search("x".repeat(201), Language.EN))
                .isInstanceOfSatisfying(
                        InvalidSearch.class, e -> assertThat(e.reason()).isEqualTo("tooLong"));
        String manyWords = IntStream.range(0, Queries.MAX_LENGTH)
                .mapToObj(i -> Character.toString(0x4E00 + i))
                .collect(Collectors.joining());
        assertThatThrownBy(() -> guide.search(manyWords, Language.EN))
                .isInstanceOfSatisfying(
                        InvalidSearch.class, e -> assertThat(e.reason()).isEqualTo("tooComplex"));
    }

    private static List<String> ids(List<GuideHit> hits) {
        return hits.stream().map(hit -> hit.entry().id()).toList();
    }
}
