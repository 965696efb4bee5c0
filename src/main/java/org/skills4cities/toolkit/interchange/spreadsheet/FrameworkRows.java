package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;

/**
 * A framework as the data rows of its sheet, one row per value: the framework's own fields, the proficiency levels,
 * every item depth first in sibling order, then each role followed by its requirements. Optional values that are not
 * set get no row; the rows of one item or role come together.
 */
final class FrameworkRows {

    private final List<Row> rows = new ArrayList<>();

    private FrameworkRows() {}

    /** The rows of a framework, under the framework's languages followed by any other language its texts use. */
    static Table of(Framework framework) {
        FrameworkRows writer = new FrameworkRows();
        writer.framework(framework);
        framework.proficiencyLevels().forEach(writer::level);
        framework.items().forEach(item -> writer.item(item, ""));
        framework.roles().forEach(writer::role);
        return writer.table(framework.languages());
    }

    private void framework(Framework framework) {
        Row row = new Row("framework", framework.id().toString(), "", "", "");
        add(row.value("slug", framework.slug()));
        add(row.value("version", framework.version()));
        add(row.value("status", framework.status().code()));
        if (framework.basedOn() != null) {
            add(row.value(
                    "basedOn",
                    framework.basedOn().slug() + "@" + framework.basedOn().version()));
        }
        add(row.value("languages", String.join(", ", framework.languages())));
        if (framework.sourceIdentifier() != null) {
            add(row.value("sourceIdentifier", framework.sourceIdentifier()));
        }
        attributes(row, framework.attributes());
        add(row.texts("title", framework.title()));
        optional(row, "description", framework.description());
    }

    private void level(ProficiencyLevel level) {
        Row row = new Row("level", "", String.valueOf(level.level()), "", "");
        add(row.value("eqf", String.valueOf(level.eqfLevel())));
        add(row.texts("title", level.title()));
        optional(row, "description", level.description());
    }

    private void item(FrameworkItem item, String parent) {
        Row row = new Row("item", item.id().toString(), item.code(), parent, item.type());
        add(row.texts("title", item.title()));
        optional(row, "description", item.description());
        if (!item.state().isActive()) {
            add(row.value("state", item.state().code()));
        }
        if (item.sourceIdentifier() != null) {
            add(row.value("sourceIdentifier", item.sourceIdentifier()));
        }
        attributes(row, item.attributes());
        for (LevelDescriptor level : item.levels()) {
            add(row.texts("level:" + level.level(), level.description()));
        }
        statements(row, "knowledge", item.knowledge());
        statements(row, "skill", item.skills());
        statements(row, "attitude", item.attitudes());
        sources(row, item.sources());
        references(row, item.references());
        item.children().forEach(child -> item(child, item.code()));
    }

    private void sources(Row row, List<Source> sources) {
        for (int n = 1; n <= sources.size(); n++) {
            Source source = sources.get(n - 1);
            add(row.value("source:" + n, source.citation()));
            if (source.url() != null) {
                add(row.value("source:" + n + ":url", source.url()));
            }
        }
    }

    private void references(Row row, List<ExternalReference> references) {
        for (int n = 1; n <= references.size(); n++) {
            ExternalReference reference = references.get(n - 1);
            add(new Row(row, "reference:" + n, reference.framework(), reference.title()));
            if (reference.code() != null) {
                add(row.value("reference:" + n + ":code", reference.code()));
            }
            if (reference.uri() != null) {
                add(row.value("reference:" + n + ":uri", reference.uri()));
            }
        }
    }

    private void role(RoleProfile role) {
        Row row = new Row("role", role.id().toString(), role.code(), "", "");
        add(row.texts("title", role.title()));
        add(row.texts("mission", role.mission()));
        add(row.value("eqf", String.valueOf(role.eqfLevel())));
        if (!role.state().isActive()) {
            add(row.value("state", role.state().code()));
        }
        statements(row, "task", role.tasks());
        statements(row, "deliverable", role.deliverables());
        for (Requirement requirement : role.requirements()) {
            Row demand = new Row("requirement", "", role.code(), requirement.competence(), "");
            add(demand.value(requirement.mandatory() ? "mandatory" : "optional", String.valueOf(requirement.level())));
        }
    }

    private void statements(Row row, String field, List<LocalizedText> statements) {
        for (int n = 1; n <= statements.size(); n++) {
            add(row.texts(field + ":" + n, statements.get(n - 1)));
        }
    }

    private void attributes(Row row, Map<String, String> attributes) {
        new TreeMap<>(attributes).forEach((name, value) -> add(row.value("attribute:" + name, value)));
    }

    private void optional(Row row, String field, LocalizedText text) {
        if (!text.values().isEmpty()) {
            add(row.texts(field, text));
        }
    }

    private void add(Row row) {
        rows.add(row);
    }

    private Table table(List<String> frameworkLanguages) {
        Set<String> languages = new LinkedHashSet<>(frameworkLanguages);
        rows.stream()
                .flatMap(row -> row.texts().values().keySet().stream())
                .sorted()
                .forEach(languages::add);
        List<String> columns = List.copyOf(languages);
        return new Table(columns, rows.stream().map(row -> row.cells(columns)).toList());
    }

    /** The rows of a sheet under its language columns, each row a cell for every column. */
    record Table(List<String> languages, List<List<String>> rows) {}

    /** One row as written: the fixed cells and the texts that go into the language columns. */
    private record Row(
            String record,
            String identifier,
            String code,
            String parent,
            String type,
            String field,
            String value,
            LocalizedText texts) {

        Row(String record, String identifier, String code, String parent, String type) {
            this(record, identifier, code, parent, type, "", "", LocalizedText.EMPTY);
        }

        Row(Row subject, String field, String value, LocalizedText texts) {
            this(subject.record, subject.identifier, subject.code, subject.parent, subject.type, field, value, texts);
        }

        Row value(String field, String value) {
            return new Row(this, field, value, LocalizedText.EMPTY);
        }

        Row texts(String field, LocalizedText texts) {
            return new Row(this, field, "", texts);
        }

        List<String> cells(List<String> languages) {
            List<String> cells = new ArrayList<>(List.of(record, identifier, code, parent, type, field, value));
            languages.forEach(language -> cells.add(texts.values().getOrDefault(language, "")));
            return cells;
        }
    }
}
