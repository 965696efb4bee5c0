package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Scores an answered exam form in exact arithmetic, by the rules of {@code docs/exams.md}: a single-choice question
 * earns its points for exactly its correct option and nothing else; a multiple-choice question earns
 * {@code points × max(0, (right chosen − wrong chosen) / correct options)}; option ids a question does not have are
 * ignored. Pass and fail are decided on the exact fractions; percents and points are rounded once, for showing.
 */
public final class Scoring {

    private static final Rational HUNDRED = Rational.of(100);

    private Scoring() {}

    /**
     * The score of a form answered with {@code answers} (each question's key to the option ids chosen; a question
     * missing from the map is unanswered).
     *
     * @throws IllegalArgumentException when a question of the form is not in the bank
     */
    public static ExamScore score(
            Blueprint blueprint, ExamForm form, List<ExamItem> bank, Map<String, Set<String>> answers) {
        Map<String, ExamForms.Located> index = ExamForms.index(bank);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        blueprint.areas().forEach(area -> tallies.put(area, new Tally()));
        for (FormQuestion shown : form.questions()) {
            ExamForms.Located found = index.get(shown.key());
            if (found == null) {
                throw new IllegalArgumentException("question " + shown.key() + " is not in the bank");
            }
            ExamItem question = found.question();
            Tally tally = tallies.computeIfAbsent(found.owner().area(), a -> new Tally());
            tally.add(earned(question, answers.getOrDefault(shown.key(), Set.of())), question.points());
        }
        return result(blueprint, tallies);
    }

    /** What one question earns for the option ids chosen. */
    public static Rational earned(ExamItem question, Set<String> chosen) {
        Set<String> correct = ids(question, true);
        Set<String> wrong = ids(question, false);
        long right = chosen.stream().filter(correct::contains).count();
        long mistaken = chosen.stream().filter(wrong::contains).count();
        Rational points = Rational.of(question.points());
        if (question.kind() == ItemKind.SINGLE_CHOICE) {
            return right == 1 && mistaken == 0 ? points : Rational.ZERO;
        }
        Rational share = Rational.of(right - mistaken, correct.size());
        return share.signum() <= 0 ? Rational.ZERO : points.times(share);
    }

    private static Set<String> ids(ExamItem question, boolean correct) {
        return question.options().stream()
                .filter(o -> o.correct() == correct)
                .map(ChoiceOption::id)
                .collect(Collectors.toSet());
    }

    private static ExamScore result(Blueprint blueprint, Map<String, Tally> tallies) {
        List<AreaScore> areas = new ArrayList<>();
        Tally overall = new Tally();
        boolean everyArea = true;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            BigDecimal mark = blueprint.passMark(entry.getKey()).orElse(null);
            boolean passed = mark == null || tally.reaches(mark);
            everyArea &= passed;
            areas.add(new AreaScore(entry.getKey(), tally.points, tally.max, tally.percent(), mark, passed));
            overall.add(tally.points, tally.max);
        }
        boolean passed = everyArea && overall.reaches(blueprint.passMark());
        return new ExamScore(overall.points, overall.max, overall.percent(), passed, areas);
    }

    /** Points earned and possible, summed exactly. */
    private static final class Tally {

        private Rational points = Rational.ZERO;
        private int max;

        void add(Rational earned, int possible) {
            points = points.plus(earned);
            max += possible;
        }

        Rational share() {
            return max == 0 ? Rational.ZERO : points.dividedBy(Rational.of(max));
        }

        boolean reaches(@Nullable BigDecimal passMark) {
            return passMark == null || share().compareTo(Rational.of(passMark).dividedBy(HUNDRED)) >= 0;
        }

        BigDecimal percent() {
            return share().times(HUNDRED).rounded(2);
        }
    }
}
