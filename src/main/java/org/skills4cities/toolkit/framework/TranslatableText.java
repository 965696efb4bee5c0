package org.skills4cities.toolkit.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * One text of a framework that a translator writes: which thing it belongs to ({@code subject} is {@code framework},
 * {@code proficiency-level}, {@code item} or {@code role}, named by {@code code}), which of its texts it is ({@code
 * field}, such as {@code title}, {@code level:3} or {@code task:0}), and the text in its languages.
 */
public record TranslatableText(String subject, String code, String field, LocalizedText text) {

    /** Every text of the framework, in document order: the framework, its scale, its items (depth first), its roles. */
    public static List<TranslatableText> of(Framework framework) {
        List<TranslatableText> texts = new ArrayList<>();
        add(texts, "framework", framework.slug(), "title", framework.title());
        add(texts, "framework", framework.slug(), "description", framework.description());
        for (ProficiencyLevel level : framework.proficiencyLevels()) {
            String code = String.valueOf(level.level());
            add(texts, "proficiency-level", code, "title", level.title());
            add(texts, "proficiency-level", code, "description", level.description());
        }
        framework.allItems().forEach(item -> {
            add(texts, "item", item.code(), "title", item.title());
            add(texts, "item", item.code(), "description", item.description());
            item.levels().forEach(l -> add(texts, "item", item.code(), "level:" + l.level(), l.description()));
            for (StatementKind kind : StatementKind.values()) {
                addList(texts, "item", item.code(), kind.code(), item.statements(kind));
            }
            addList(
                    texts,
                    "item",
                    item.code(),
                    "reference",
                    item.references().stream().map(ExternalReference::title).toList());
        });
        for (RoleProfile role : framework.roles()) {
            add(texts, "role", role.code(), "title", role.title());
            add(texts, "role", role.code(), "mission", role.mission());
            addList(texts, "role", role.code(), "task", role.tasks());
            addList(texts, "role", role.code(), "deliverable", role.deliverables());
        }
        return List.copyOf(texts);
    }

    /** Whether the text is written in the language, not left to fall back to English. */
    public boolean isIn(String language) {
        String value = text.values().get(language);
        return value != null && !value.isBlank();
    }

    private static void add(
            List<TranslatableText> texts, String subject, String code, String field, LocalizedText text) {
        if (!text.isBlank()) {
            texts.add(new TranslatableText(subject, code, field, text));
        }
    }

    private static void addList(
            List<TranslatableText> texts, String subject, String code, String field, List<LocalizedText> list) {
        for (int i = 0; i < list.size(); i++) {
            add(texts, subject, code, field + ":" + i, list.get(i));
        }
    }
}
