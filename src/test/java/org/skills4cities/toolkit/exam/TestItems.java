package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.LocalizedText;

/** Bank items and blueprints built in code for the exam tests. */
final class TestItems {

    private static final String IDS = "abcdef";

    private TestItems() {}

    /** A choice question with {@code options} options of which the first {@code correct} are right. */
    static ExamItem choice(String code, String competence, int level, int points, int options, int correct) {
        ItemKind kind = options == 4 && correct == 1 ? ItemKind.SINGLE_CHOICE : ItemKind.MULTIPLE_CHOICE;
        return new ExamItem(
                code,
                competence,
                level,
                kind,
                points,
                text(code),
                options(code, options, correct),
                List.of(),
                text(""));
    }

    static ExamItem single(String code, String competence, int level) {
        return choice(code, competence, level, 1, 4, 1);
    }

    static ExamItem scenario(String code, String competence, int level, int parts) {
        List<ExamItem> scored = IntStream.rangeClosed(1, parts)
                .mapToObj(i -> choice(code + "." + i, competence, level, 1, 4, 1))
                .toList();
        return new ExamItem(code, competence, level, ItemKind.SCENARIO, 0, text(code), List.of(), scored, text(""));
    }

    /**
     * A bank with, per area A–D, {@code perLevel} single-choice questions and one scenario of three parts at each of
     * levels 2–4.
     */
    static List<ExamItem> bank(int perLevel) {
        List<ExamItem> bank = new ArrayList<>();
        for (String area : List.of("A", "B", "C", "D")) {
            for (int level = 2; level <= 4; level++) {
                for (int n = 1; n <= perLevel; n++) {
                    bank.add(single(area + "." + n + "-L" + level, area + "." + n, level));
                }
                bank.add(scenario(area + "-S" + level, area + ".1", level, 3));
            }
        }
        return bank;
    }

    static BlueprintSection section(String area, int questions, int scenarios, int min, int max) {
        return new BlueprintSection(area, questions, scenarios, min, max, null);
    }

    static Blueprint blueprint(BigDecimal passMark, List<BlueprintSection> sections) {
        return new Blueprint("skills4cities", "SCPM", Duration.ofMinutes(90), sections, passMark, retakes());
    }

    static RetakeRule retakes() {
        return new RetakeRule(3, Period.ofYears(1), 14);
    }

    static BlueprintSection marked(String area, int questions, @Nullable String passMark) {
        return new BlueprintSection(area, questions, 0, 1, 5, passMark == null ? null : new BigDecimal(passMark));
    }

    private static List<ChoiceOption> options(String code, int count, int correct) {
        return IntStream.range(0, count)
                .mapToObj(i ->
                        new ChoiceOption(IDS.substring(i, i + 1), text(code + " option " + IDS.charAt(i)), i < correct))
                .toList();
    }

    private static LocalizedText text(String english) {
        return LocalizedText.english(english);
    }
}
