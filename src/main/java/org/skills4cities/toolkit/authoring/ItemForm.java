package org.skills4cities.toolkit.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.StatementKind;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.language.Language;
import org.springframework.util.MultiValueMap;

/**
 * The editing form of one item in one language: its title, description, a descriptor per level of the scale, and
 * its knowledge, skill and attitude statements with an empty one to add, each beside its English text. A submitted
 * form becomes the edits of the values that differ from the stored ones.
 */
public record ItemForm(List<Field> fields, String state) {

    /** One text field: its name in the form and the edits, its label, the English text, and the value shown. */
    public record Field(
            String name, String labelKey, Object labelArgument, String english, String value, boolean long_) {}

    static ItemForm of(
            Framework framework,
            FrameworkItem item,
            Language language,
            @Nullable MultiValueMap<String, String> submitted) {
        List<Field> fields = new ArrayList<>();
        for (Entry entry : entries(framework, item)) {
            String stored = entry.text().values().getOrDefault(language.code(), "");
            String shown = submitted != null && submitted.getFirst(entry.name()) != null
                    ? Objects.requireNonNull(submitted.getFirst(entry.name()))
                    : stored;
            fields.add(new Field(
                    entry.name(),
                    entry.labelKey(),
                    entry.labelArgument(),
                    entry.text().values().getOrDefault(Language.DEFAULT.code(), ""),
                    shown,
                    !entry.name().equals("title")));
        }
        String state = submitted != null && submitted.getFirst("state") != null
                ? Objects.requireNonNull(submitted.getFirst("state"))
                : item.state().code();
        return new ItemForm(fields, state);
    }

    /** The edits a submitted form asks for: every text that differs from the stored one, lists from the end. */
    static List<FrameworkEdit> edits(
            Framework framework, FrameworkItem item, Language language, MultiValueMap<String, String> form) {
        List<FrameworkEdit> edits = new ArrayList<>();
        List<Entry> entries = new ArrayList<>(entries(framework, item));
        entries.sort(Comparator.comparingInt(Entry::order).reversed());
        for (Entry entry : entries) {
            String value = form.getFirst(entry.name());
            if (value == null) {
                continue;
            }
            String stored = entry.text().values().getOrDefault(language.code(), "");
            if (!value.strip().equals(stored)) {
                edits.add(new FrameworkEdit.ItemText(item.code(), entry.name(), language.code(), value));
            }
        }
        String state = form.getFirst("state");
        if (state != null) {
            ItemState wanted = ItemState.ofCode(state).orElse(item.state());
            if (wanted != item.state()) {
                edits.add(new FrameworkEdit.ItemStateChange(item.code(), wanted));
            }
        }
        return edits;
    }

    /** A text of the item; order puts list entries after the others, from the last entry to the first. */
    private record Entry(String name, String labelKey, Object labelArgument, LocalizedText text, int order) {}

    private static List<Entry> entries(Framework framework, FrameworkItem item) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("title", "edit.field.title", "", item.title(), 0));
        entries.add(new Entry("description", "edit.field.description", "", item.description(), 0));
        if (item.isCompetence() || !item.levels().isEmpty()) {
            for (ProficiencyLevel level : framework.proficiencyLevels()) {
                LocalizedText text = item.level(level.level())
                        .map(LevelDescriptor::description)
                        .orElse(LocalizedText.EMPTY);
                entries.add(new Entry("level:" + level.level(), "edit.field.level", level.level(), text, 0));
            }
        }
        int kindOrder = 1;
        for (StatementKind kind : StatementKind.values()) {
            List<LocalizedText> statements = item.statements(kind);
            for (int i = 0; i <= statements.size(); i++) {
                LocalizedText text = i < statements.size() ? statements.get(i) : LocalizedText.EMPTY;
                entries.add(new Entry(
                        kind.code() + ":" + i, "edit.field." + kind.code(), i + 1, text, kindOrder * 10_000 + i));
            }
            kindOrder++;
        }
        return entries;
    }
}
