package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skills4cities.toolkit.exam.TestItems.blueprint;
import static org.skills4cities.toolkit.exam.TestItems.choice;
import static org.skills4cities.toolkit.exam.TestItems.marked;
import static org.skills4cities.toolkit.exam.TestItems.single;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScoringTests {

    private static final ExamItem THREE_OF_SIX = choice("A.1-2", "A.1", 3, 2, 6, 3);

    @Test
    void threeCorrectOptionsOutOfSixFullyAnsweredScoreExactlyFullMarks() {
        Blueprint blueprint = blueprint(new BigDecimal("65"), List.of(marked("A", 1, null)));
        List<ExamItem> bank = List.of(THREE_OF_SIX);
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(7));

        ExamScore score = Scoring.score(blueprint, form, bank, Map.of("A.1-2", Set.of("c", "a", "b")));

        assertThat(score.points().compareTo(Rational.of(2))).isZero();
        assertThat(score.points()).isEqualTo(Rational.of(2));
        assertThat(score.maxPoints()).isEqualTo(2);
        assertThat(score.percent()).isEqualByComparingTo("100");
        assertThat(score.passed()).isTrue();
    }

    @Test
    void givesMultipleChoiceCreditForRightOptionsLessWrongOnesOverTheCorrectCount() {
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "b"))).isEqualTo(Rational.of(4, 3));
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a"))).isEqualTo(Rational.of(2, 3));
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "b", "d"))).isEqualTo(Rational.of(2, 3));
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "b", "c", "d"))).isEqualTo(Rational.of(4, 3));
    }

    @Test
    void neverGivesLessThanNothingNorCreditForChoosingEveryOption() {
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "d", "e"))).isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("d", "e", "f"))).isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "b", "c", "d", "e", "f")))
                .isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of())).isEqualTo(Rational.ZERO);
    }

    @Test
    void ignoresOptionIdsTheQuestionDoesNotHaveAndNeverCreditsThem() {
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("a", "b", "c", "z", "g")))
                .isEqualTo(Rational.of(2));
        assertThat(Scoring.earned(THREE_OF_SIX, Set.of("z", "A", " a"))).isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(single("A.1-1", "A.1", 2), Set.of("a", "x"))).isEqualTo(Rational.ONE);
    }

    @Test
    void givesSingleChoicePointsForExactlyTheCorrectOptionOnly() {
        ExamItem question = single("A.1-1", "A.1", 2);

        assertThat(Scoring.earned(question, Set.of("a"))).isEqualTo(Rational.ONE);
        assertThat(Scoring.earned(question, Set.of("a", "b"))).isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(question, Set.of("b"))).isEqualTo(Rational.ZERO);
        assertThat(Scoring.earned(question, Set.of())).isEqualTo(Rational.ZERO);
    }

    @Test
    void sumsThirdsOfPointsExactly() {
        List<ExamItem> bank = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> choice("A.1-" + n, "A.1", 2, 1, 6, 3))
                .toList();
        Blueprint blueprint = blueprint(new BigDecimal("66.67"), List.of(marked("A", 3, null)));
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(1));
        Map<String, Set<String>> twoOfThree = new HashMap<>();
        bank.forEach(q -> twoOfThree.put(q.code(), Set.of("a", "b")));

        ExamScore score = Scoring.score(blueprint, form, bank, twoOfThree);

        assertThat(score.points()).isEqualTo(Rational.of(2));
        assertThat(score.percent()).isEqualByComparingTo("66.67");
        assertThat(score.passed())
                .as("200/3 %% is below 66.67 %%, though both show as 66.67")
                .isFalse();
    }

    @Test
    void aScoreExactlyOnThePassMarkPassesAndOnePointBelowFails() {
        List<ExamItem> bank = singles("A", 20);
        Blueprint blueprint = blueprint(new BigDecimal("65"), List.of(marked("A", 20, null)));
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(3));

        ExamScore onTheMark = Scoring.score(blueprint, form, bank, rightAnswers(bank, 13));
        ExamScore oneBelow = Scoring.score(blueprint, form, bank, rightAnswers(bank, 12));

        assertThat(onTheMark.percent()).isEqualByComparingTo("65.00");
        assertThat(onTheMark.passed()).isTrue();
        assertThat(oneBelow.percent()).isEqualByComparingTo("60.00");
        assertThat(oneBelow.passed()).isFalse();
    }

    @Test
    void decidesAFractionalPassMarkOnExactValues() {
        List<ExamItem> bank = singles("A", 8);
        Blueprint blueprint = blueprint(new BigDecimal("62.5"), List.of(marked("A", 8, null)));
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(3));

        assertThat(Scoring.score(blueprint, form, bank, rightAnswers(bank, 5)).passed())
                .isTrue();
        assertThat(Scoring.score(blueprint, form, bank, rightAnswers(bank, 4)).passed())
                .isFalse();
    }

    @Test
    void oneAreaUnderItsPassMarkFailsTheWholeExam() {
        ExamScore score = twoAreas(10, 10, 4, 1, "60");

        assertThat(score.percent()).isEqualByComparingTo("78.57");
        assertThat(score.areas())
                .extracting(AreaScore::area, AreaScore::passed)
                .containsExactly(tuple("A", true), tuple("B", false));
        assertThat(score.passed()).isFalse();
    }

    @Test
    void anAreaExactlyOnItsPassMarkPasses() {
        ExamScore score = twoAreas(4, 2, 4, 2, "50");

        assertThat(score.areas()).allMatch(AreaScore::passed);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void scoresScenarioPartsUnderTheScenariosArea() {
        List<ExamItem> bank = List.of(TestItems.scenario("C-S1", "C.4", 3, 3));
        Blueprint blueprint =
                blueprint(new BigDecimal("50"), List.of(new BlueprintSection("C", 0, 1, 2, 4, new BigDecimal("50"))));
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(5));

        ExamScore score = Scoring.score(blueprint, form, bank, Map.of("C-S1.1", Set.of("a"), "C-S1.3", Set.of("a")));

        assertThat(score.areas()).singleElement().satisfies(area -> {
            assertThat(area.area()).isEqualTo("C");
            assertThat(area.points()).isEqualTo(Rational.of(2));
            assertThat(area.maxPoints()).isEqualTo(3);
            assertThat(area.percent()).isEqualByComparingTo("66.67");
        });
    }

    /** Areas A and B (each with a pass mark of 50 %) of single-choice questions, some answered right. */
    private static ExamScore twoAreas(int inA, int rightInA, int inB, int rightInB, String overallMark) {
        List<ExamItem> a = singles("A", inA);
        List<ExamItem> b = singles("B", inB);
        List<ExamItem> bank = new ArrayList<>(a);
        bank.addAll(b);
        Blueprint blueprint =
                blueprint(new BigDecimal(overallMark), List.of(marked("A", inA, "50"), marked("B", inB, "50")));
        ExamForm form = ExamForms.draw(blueprint, bank, new SplittableRandom(5));
        Map<String, Set<String>> answers = new HashMap<>(rightAnswers(a, rightInA));
        answers.putAll(rightAnswers(b, rightInB));
        return Scoring.score(blueprint, form, bank, answers);
    }

    private static List<ExamItem> singles(String area, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> single(area + ".1-" + n, area + ".1", 3))
                .toList();
    }

    /** The correct option for the first {@code right} questions, a wrong one for the others. */
    private static Map<String, Set<String>> rightAnswers(List<ExamItem> questions, int right) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i).code(), Set.of(i < right ? "a" : "b"));
        }
        return answers;
    }
}
