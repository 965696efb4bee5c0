package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skills4cities.toolkit.exam.TestItems.bank;
import static org.skills4cities.toolkit.exam.TestItems.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ExamFormsTests {

    private static final List<ExamItem> BANK = bank(5);
    private static final Map<String, ExamItem> BY_CODE =
            BANK.stream().collect(Collectors.toMap(ExamItem::code, Function.identity()));
    private static final Blueprint BLUEPRINT = TestItems.blueprint(
            new BigDecimal("65"),
            List.of(
                    section("A", 4, 1, 2, 3),
                    section("A", 3, 1, 4, 4),
                    section("B", 10, 2, 2, 4),
                    section("C", 2, 0, 3, 3)));

    @RepeatedTest(50)
    void neverRepeatsAQuestionAndKeepsEachSectionsAreaAndLevels() {
        ExamForm form = ExamForms.draw(BLUEPRINT, BANK, new SplittableRandom());

        assertThat(form.questions()).extracting(FormQuestion::key).doesNotHaveDuplicates();
        assertThat(count(form, "A", 2, 3, false)).isEqualTo(4);
        assertThat(count(form, "A", 4, 4, false)).isEqualTo(3);
        assertThat(count(form, "B", 2, 4, false)).isEqualTo(10);
        assertThat(count(form, "C", 3, 3, false)).isEqualTo(2);
        assertThat(count(form, "A", 2, 3, true)).isEqualTo(3);
        assertThat(count(form, "A", 4, 4, true)).isEqualTo(3);
        assertThat(count(form, "B", 2, 4, true)).isEqualTo(6);
        assertThat(form.questions()).hasSize(31).allMatch(q -> !q.area().equals("D"));
    }

    @Test
    void drawsTheSameFormForTheSameSeedWhateverTheBanksOrder() {
        List<ExamItem> shuffled = new ArrayList<>(BANK);
        Collections.shuffle(shuffled, new java.util.Random(11));

        ExamForm first = ExamForms.draw(BLUEPRINT, BANK, new SplittableRandom(42));
        ExamForm second = ExamForms.draw(BLUEPRINT, shuffled, new SplittableRandom(42));
        ExamForm other = ExamForms.draw(BLUEPRINT, BANK, new SplittableRandom(43));

        assertThat(second).isEqualTo(first);
        assertThat(other.layout()).isNotEqualTo(first.layout());
    }

    @Test
    void shufflesOptionsPerCandidateAndKeepsEachQuestionsOrder() {
        List<ExamItem> bank = List.of(TestItems.choice("A.1-1", "A.1", 3, 2, 6, 3));
        Blueprint one = TestItems.blueprint(new BigDecimal("50"), List.of(section("A", 1, 0, 1, 5)));

        var orders = new java.util.HashSet<List<String>>();
        for (int seed = 0; seed < 40; seed++) {
            FormQuestion question = ExamForms.draw(one, bank, new SplittableRandom(seed))
                    .questions()
                    .getFirst();
            assertThat(question.optionOrder()).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f");
            orders.add(question.optionOrder());
        }

        assertThat(orders).hasSizeGreaterThan(20);
    }

    @Test
    void keepsAScenariosPartsTogetherWithItsCaseText() {
        ExamForm form = ExamForms.draw(BLUEPRINT, BANK, new SplittableRandom(1));

        List<FormQuestion> parts =
                form.questions().stream().filter(q -> q.scenarioCode() != null).toList();
        for (int i = 0; i < parts.size(); i += 3) {
            FormQuestion first = parts.get(i);
            ExamItem scenario = BY_CODE.get(first.scenarioCode());
            assertThat(parts.subList(i, i + 3))
                    .extracting(FormQuestion::key)
                    .containsExactly(scenario.code() + ".1", scenario.code() + ".2", scenario.code() + ".3");
            assertThat(first.scenario()).isEqualTo(scenario.stem());
            assertThat(first.level()).isEqualTo(scenario.level());
        }
    }

    @Test
    void rebuildsAStoredFormFromItsLayout() {
        ExamForm form = ExamForms.draw(BLUEPRINT, BANK, new SplittableRandom(9));

        ExamForm rebuilt = ExamForms.rebuild("skills4cities", "SCPM", form.layout(), BANK);

        assertThat(rebuilt).isEqualTo(form);
    }

    @Test
    void refusesToRebuildWithOptionsTheQuestionDoesNotHave() {
        assertThatThrownBy(() ->
                        ExamForms.rebuild("skills4cities", "SCPM", Map.of("A.1-L2", List.of("a", "b", "c", "z")), BANK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A.1-L2");
    }

    @Test
    void refusesABankTooSmallForASectionNamingIt() {
        Blueprint greedy = TestItems.blueprint(new BigDecimal("50"), List.of(section("D", 6, 0, 2, 2)));

        assertThatThrownBy(() -> ExamForms.draw(greedy, BANK, new SplittableRandom(1)))
                .isInstanceOfSatisfying(NotEnoughQuestions.class, e -> {
                    assertThat(e.available()).isEqualTo(5);
                    assertThat(e.needed()).isEqualTo(6);
                })
                .hasMessageContaining("area D, levels 2-2");
    }

    private static long count(ExamForm form, String area, int min, int max, boolean parts) {
        return form.questions().stream()
                .filter(q -> q.area().equals(area) && q.level() >= min && q.level() <= max)
                .filter(q -> (q.scenarioCode() != null) == parts)
                .count();
    }
}
