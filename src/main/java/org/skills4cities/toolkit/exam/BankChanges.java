package org.skills4cities.toolkit.exam;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an import would do to a body's bank: questions added, changed and removed (by code), and how many stay. */
public record BankChanges(List<String> added, List<String> changed, List<String> removed, int unchanged) {

    public BankChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    static BankChanges between(List<ExamItem> before, List<ExamItem> after) {
        Map<String, ExamItem> old = before.stream().collect(Collectors.toMap(ExamItem::code, Function.identity()));
        Map<String, ExamItem> now = after.stream().collect(Collectors.toMap(ExamItem::code, Function.identity()));
        List<String> added = after.stream()
                .map(ExamItem::code)
                .filter(code -> !old.containsKey(code))
                .toList();
        List<String> changed = after.stream()
                .filter(item ->
                        old.containsKey(item.code()) && !old.get(item.code()).equals(item))
                .map(ExamItem::code)
                .toList();
        List<String> removed = before.stream()
                .map(ExamItem::code)
                .filter(code -> !now.containsKey(code))
                .toList();
        int unchanged = (int)
                after.stream().filter(item -> item.equals(old.get(item.code()))).count();
        return new BankChanges(added, changed, removed, unchanged);
    }

    public boolean none() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
