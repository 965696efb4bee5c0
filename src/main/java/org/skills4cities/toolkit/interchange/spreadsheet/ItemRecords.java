package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.importing.DerivedIdentifiers;
import org.skills4cities.toolkit.interchange.spreadsheet.ItemTree.ItemNode;

/** Makes an item, still without its children, out of its rows, and says which parent it names. */
final class ItemRecords {

    private ItemRecords() {}

    static ItemNode item(RecordRows rows, String slug, Set<Integer> scale, SheetProblems problems) {
        Line first = rows.first();
        String code = first.key(SheetColumn.CODE);
        String type = first.key(SheetColumn.TYPE);
        if (type.isEmpty()) {
            problems.add(first.at(SheetColumn.TYPE), "blank", SheetColumn.TYPE.id());
        }
        var item = new FrameworkItem(
                rows.id(() -> DerivedIdentifiers.item(slug, code)),
                code,
                type,
                rows.requiredTexts("title"),
                rows.texts("description"),
                levels(rows, scale, problems),
                rows.statements("knowledge"),
                rows.statements("skill"),
                rows.statements("attitude"),
                sources(rows),
                references(rows),
                List.of(),
                rows.value("sourceIdentifier").orElse(null),
                rows.attributes(),
                rows.state());
        return new ItemNode(item, first.key(SheetColumn.PARENT), first);
    }

    /** The level descriptors, each for a level of the scale. */
    private static List<LevelDescriptor> levels(RecordRows rows, Set<Integer> scale, SheetProblems problems) {
        String code = rows.first().key(SheetColumn.CODE);
        List<LevelDescriptor> levels = new ArrayList<>();
        for (int level : rows.numbers("level")) {
            String field = "level:" + level;
            if (!scale.contains(level)) {
                problems.add(rows.field(field).orElseThrow().at(SheetColumn.FIELD), "levelNotOnScale", code, level);
            }
            levels.add(new LevelDescriptor(level, rows.texts(field)));
        }
        return levels;
    }

    private static List<Source> sources(RecordRows rows) {
        List<Source> sources = new ArrayList<>();
        for (int n : rows.numbers("source")) {
            Optional<String> citation = rows.requiredValue("source:" + n);
            String url = rows.value("source:" + n + ":url").orElse(null);
            citation.ifPresent(c -> sources.add(new Source(c, url)));
        }
        return sources;
    }

    private static List<ExternalReference> references(RecordRows rows) {
        List<ExternalReference> references = new ArrayList<>();
        for (int n : rows.numbers("reference")) {
            String field = "reference:" + n;
            Optional<String> scheme = rows.requiredValue(field);
            LocalizedText title = rows.texts(field);
            String code = rows.value(field + ":code").orElse(null);
            String uri = rows.value(field + ":uri").orElse(null);
            scheme.ifPresent(s -> references.add(new ExternalReference(s, code, uri, title)));
        }
        return references;
    }
}
