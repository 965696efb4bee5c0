package org.skills4cities.toolkit.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws a candidate's exam form from a bank by a blueprint: section by section, the section's number of questions and
 * scenarios chosen at random among the bank's items of its area and level band, never one twice, with the options of
 * each question shuffled. The same seed and bank give the same form, whatever order the bank lists its items in.
 */
public final class ExamForms {

    private static final Comparator<ExamItem> BY_CODE = Comparator.comparing(ExamItem::code);

    private ExamForms() {}

    /**
     * A new form for one candidate.
     *
     * @throws NotEnoughQuestions when the bank cannot fill a section
     */
    public static ExamForm draw(Blueprint blueprint, List<ExamItem> bank, RandomGenerator random) {
        List<FormQuestion> questions = new ArrayList<>();
        for (BlueprintSection section : blueprint.sections()) {
            for (ExamItem item : pick(section, choices(section, bank), false, random)) {
                questions.add(new Located(item, item).shown(shuffled(item.options(), random)));
            }
            for (ExamItem scenario : pick(section, scenarios(section, bank), true, random)) {
                for (ExamItem part : scenario.parts()) {
                    questions.add(new Located(scenario, part).shown(shuffled(part.options(), random)));
                }
            }
        }
        return new ExamForm(blueprint.frameworkSlug(), blueprint.roleCode(), questions);
    }

    /**
     * Rebuilds a stored form (its {@link ExamForm#layout()}) from the bank: each question by its key, its options in
     * the stored order.
     *
     * @throws IllegalArgumentException when a key or an option id is not in the bank
     */
    public static ExamForm rebuild(
            String frameworkSlug, String roleCode, Map<String, List<String>> layout, List<ExamItem> bank) {
        Map<String, Located> index = index(bank);
        List<FormQuestion> questions = new ArrayList<>();
        layout.forEach((key, order) -> {
            Located found = index.get(key);
            if (found == null) {
                throw new IllegalArgumentException("question " + key + " is not in the bank");
            }
            questions.add(found.shown(ordered(found.question(), order)));
        });
        return new ExamForm(frameworkSlug, roleCode, questions);
    }

    /**
     * Checks that a bank can fill a section.
     *
     * @throws NotEnoughQuestions when it cannot
     */
    static void checkCovers(BlueprintSection section, List<ExamItem> bank) {
        int choices = choices(section, bank).size();
        if (choices < section.questions()) {
            throw new NotEnoughQuestions(section, false, choices);
        }
        int scenarios = scenarios(section, bank).size();
        if (scenarios < section.scenarios()) {
            throw new NotEnoughQuestions(section, true, scenarios);
        }
    }

    static List<ExamItem> choices(BlueprintSection section, List<ExamItem> bank) {
        return bank.stream()
                .filter(i -> i.kind() != ItemKind.SCENARIO && section.covers(i))
                .sorted(BY_CODE)
                .toList();
    }

    static List<ExamItem> scenarios(BlueprintSection section, List<ExamItem> bank) {
        return bank.stream()
                .filter(i -> i.kind() == ItemKind.SCENARIO && section.covers(i))
                .sorted(BY_CODE)
                .toList();
    }

    /** The bank's scored questions (choice questions and scenario parts) by code. */
    static Map<String, Located> index(List<ExamItem> bank) {
        Map<String, Located> index = new HashMap<>();
        for (ExamItem item : bank) {
            if (item.kind() == ItemKind.SCENARIO) {
                item.parts().forEach(part -> index.put(part.code(), new Located(item, part)));
            } else {
                index.put(item.code(), new Located(item, item));
            }
        }
        return index;
    }

    private static List<ExamItem> pick(
            BlueprintSection section, List<ExamItem> candidates, boolean scenarios, RandomGenerator random) {
        int wanted = scenarios ? section.scenarios() : section.questions();
        if (candidates.size() < wanted) {
            throw new NotEnoughQuestions(section, scenarios, candidates.size());
        }
        List<ExamItem> pool = new ArrayList<>(candidates);
        for (int i = 0; i < wanted; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return List.copyOf(pool.subList(0, wanted));
    }

    private static List<ChoiceOption> shuffled(List<ChoiceOption> options, RandomGenerator random) {
        List<ChoiceOption> shuffled = new ArrayList<>(options);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return shuffled;
    }

    private static List<ChoiceOption> ordered(ExamItem question, List<String> order) {
        Map<String, ChoiceOption> byId = new HashMap<>();
        question.options().forEach(o -> byId.put(o.id(), o));
        if (order.size() != byId.size() || !byId.keySet().containsAll(order)) {
            throw new IllegalArgumentException("options " + order + " are not those of question " + question.code());
        }
        return order.stream().map(byId::get).toList();
    }

    /**
     * A scored question of the bank with the item that places it: itself for a choice question, its scenario (whose
     * competence and level it is scored under) for a part.
     */
    record Located(ExamItem owner, ExamItem question) {

        boolean isPart() {
            return owner != question;
        }

        FormQuestion shown(List<ChoiceOption> options) {
            return new FormQuestion(
                    question.code(),
                    owner.competence(),
                    owner.level(),
                    question.kind(),
                    question.points(),
                    isPart() ? owner.code() : null,
                    isPart() ? owner.stem() : null,
                    question.stem(),
                    options.stream().map(o -> new FormOption(o.id(), o.text())).toList());
        }
    }
}
