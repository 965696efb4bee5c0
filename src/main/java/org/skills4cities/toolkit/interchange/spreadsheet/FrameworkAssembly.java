package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.spreadsheet.ItemTree.ItemNode;

/**
 * Makes the framework of a sheet out of its records: the framework's own fields, with the slug and version of the
 * import options in place of the file's when they are given, the proficiency scale, numbered 1 to n without gaps, the
 * tree of items and the roles. Items and roles without an identifier get the ones derived from slug and code.
 */
final class FrameworkAssembly {

    /** The location of a problem with what the caller of the import gave, not the file. */
    static final String OPTIONS = "import options";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern LIST = Pattern.compile("[\\s,;]+");

    private final SheetRecords records;
    private final SheetProblems problems;

    private FrameworkAssembly(SheetRecords records, SheetProblems problems) {
        this.records = records;
        this.problems = problems;
    }

    /**
     * The framework, or nothing when the sheet has no framework rows.
     *
     * @param languages the languages of the sheet's text columns, the framework's when its rows do not list them
     * @param start where the sheet starts, to name when the framework rows are missing
     */
    static @Nullable Framework of(
            SheetRecords records, List<String> languages, ReadOptions options, String start, SheetProblems problems) {
        RecordRows head = records.framework();
        if (head == null) {
            problems.add(start, "missingRecord", RecordKind.FRAMEWORK.id());
            return null;
        }
        return new FrameworkAssembly(records, problems).framework(head, languages, options);
    }

    private Framework framework(RecordRows head, List<String> columnLanguages, ReadOptions options) {
        String slug = given(options.slug(), head, "slug");
        String version = given(options.version(), head, "version");
        List<ProficiencyLevel> levels = levels();
        Set<Integer> scale = new HashSet<>();
        levels.forEach(level -> scale.add(level.level()));
        List<ItemNode> nodes = items(slug, scale);
        Map<String, FrameworkItem> byCode = new HashMap<>();
        nodes.forEach(node -> byCode.put(node.item().code(), node.item()));
        return new Framework(
                head.id(UUID::randomUUID),
                slug,
                version,
                status(head),
                basedOn(head),
                languages(head).orElse(columnLanguages),
                head.requiredTexts("title"),
                head.texts("description"),
                levels,
                ItemTree.of(nodes, problems),
                RoleRecords.of(records, byCode, scale, slug, problems),
                null,
                head.value("sourceIdentifier").orElse(null),
                head.attributes());
    }

    /** The slug or version the import options give, else the file's. */
    private String given(@Nullable String option, RecordRows head, String field) {
        String value = option != null
                ? option.strip()
                : head.requiredValue(field).orElse("").strip();
        if (field.equals("slug") && !value.isEmpty() && !SLUG.matcher(value).matches()) {
            String at =
                    option != null ? OPTIONS : head.field(field).orElseThrow().at(SheetColumn.VALUE);
            problems.add(at, "invalidSlug", value);
        }
        return value;
    }

    private FrameworkStatus status(RecordRows head) {
        return head.value("status")
                .map(code -> FrameworkStatus.ofCode(code.strip().toLowerCase(Locale.ROOT))
                        .orElseGet(() -> {
                            problems.add(valueAt(head, "status"), "invalidStatus", code);
                            return FrameworkStatus.DRAFT;
                        }))
                .orElse(FrameworkStatus.DRAFT);
    }

    private @Nullable FrameworkVersion basedOn(RecordRows head) {
        Optional<String> value = head.value("basedOn").map(String::strip);
        if (value.isEmpty()) {
            return null;
        }
        int at = value.get().indexOf('@');
        if (at < 1 || at == value.get().length() - 1) {
            problems.add(valueAt(head, "basedOn"), "invalidBasedOn", value.get());
            return null;
        }
        return new FrameworkVersion(value.get().substring(0, at), value.get().substring(at + 1));
    }

    private Optional<List<String>> languages(RecordRows head) {
        return head.value("languages").map(value -> {
            List<String> languages = new ArrayList<>();
            for (String code : LIST.split(value.strip())) {
                Optional<String> language = SheetHeader.language(code);
                if (language.isEmpty()) {
                    problems.add(valueAt(head, "languages"), "invalidLanguage", code);
                } else if (languages.contains(language.get())) {
                    problems.add(valueAt(head, "languages"), "duplicateLanguage", code);
                } else {
                    languages.add(language.get());
                }
            }
            return languages;
        });
    }

    private List<ProficiencyLevel> levels() {
        List<ProficiencyLevel> levels = new ArrayList<>();
        Set<Integer> numbers = new TreeSet<>();
        for (RecordRows rows : records.records(RecordKind.LEVEL)) {
            Line first = rows.first();
            Optional<Integer> level = problems.wholeNumber(
                    first.key(SheetColumn.CODE), SheetColumn.CODE.id(), first.at(SheetColumn.CODE));
            level.filter(number -> !numbers.add(number))
                    .ifPresent(number -> problems.add(first.at(SheetColumn.CODE), "duplicateLevel", number));
            int eqf = rows.eqf(0);
            var title = rows.requiredTexts("title");
            level.ifPresent(number -> levels.add(new ProficiencyLevel(number, eqf, title, rows.texts("description"))));
        }
        for (int expected = 1; expected <= levels.size(); expected++) {
            if (!numbers.contains(expected)) {
                String at = records.records(RecordKind.LEVEL).getFirst().first().at(SheetColumn.CODE);
                problems.add(at, "scaleGap", expected, levels.size());
            }
        }
        return levels;
    }

    private List<ItemNode> items(String slug, Set<Integer> scale) {
        List<ItemNode> nodes = new ArrayList<>();
        Map<UUID, String> ids = new HashMap<>();
        for (RecordRows rows : records.records(RecordKind.ITEM)) {
            ItemNode node = ItemRecords.item(rows, slug, scale, problems);
            String at = node.first().at(SheetColumn.IDENTIFIER);
            String earlier = ids.putIfAbsent(node.item().id(), at);
            if (earlier != null) {
                problems.add(at, "duplicateId", node.item().id(), earlier);
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static String valueAt(RecordRows head, String field) {
        return head.field(field).orElseThrow().at(SheetColumn.VALUE);
    }
}
