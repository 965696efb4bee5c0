package org.skills4cities.toolkit.exam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many questions a bank holds per area, level and kind (a scenario counted once as a scenario, its parts not
 * counted as single or multiple choice), and in all: what the bank page sets against the blueprints' needs.
 */
public record BankCounts(Map<String, Map<Integer, Map<ItemKind, Integer>>> byAreaLevelKind, int questions) {

    public static BankCounts of(List<ExamItem> items) {
        Map<String, Map<Integer, Map<ItemKind, Integer>>> counts = new TreeMap<>();
        for (ExamItem item : items) {
            counts.computeIfAbsent(item.area(), a -> new TreeMap<>())
                    .computeIfAbsent(item.level(), l -> new TreeMap<>())
                    .merge(item.kind(), 1, Integer::sum);
        }
        return new BankCounts(counts, questions(items));
    }

    /** The scored questions: every choice question and every scenario part. */
    static int questions(List<ExamItem> items) {
        return items.stream()
                .mapToInt(i -> i.kind() == ItemKind.SCENARIO ? i.parts().size() : 1)
                .sum();
    }

    public int count(String area, int level, ItemKind kind) {
        return byAreaLevelKind
                .getOrDefault(area, Map.of())
                .getOrDefault(level, Map.of())
                .getOrDefault(kind, 0);
    }

    /** The levels any question of the bank is at, lowest first. */
    public List<Integer> levels() {
        return byAreaLevelKind.values().stream()
                .flatMap(levels -> levels.keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
