package org.skills4cities.toolkit.framework.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.StatementKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes one framework version as rows, collecting its texts and sending each table's rows as one batch. */
final class FrameworkInserts {

    private final JdbcTemplate jdbc;
    private final Framework framework;
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> levels = new ArrayList<>();
    private final List<Object[]> sources = new ArrayList<>();
    private final List<Object[]> references = new ArrayList<>();
    private final List<Object[]> texts = new ArrayList<>();
    private final List<Object[]> attributes = new ArrayList<>();

    FrameworkInserts(JdbcTemplate jdbc, Framework framework) {
        this.jdbc = jdbc;
        this.framework = framework;
    }

    /** Writes the framework, first stored at {@code importedAt} and last changed at {@code changedAt}. */
    void run(Instant importedAt, Instant changedAt) {
        insertFramework(importedAt, changedAt);
        writeContent();
    }

    /** Writes the content of a framework whose row is already stored (a draft being replaced), updating that row. */
    void replace(Instant changedAt) {
        var basedOn = framework.basedOn();
        jdbc.update(
                "UPDATE framework SET based_on_slug = ?, based_on_version = ?, languages = ?, source_identifier = ?,"
                        + " changed_at = ? WHERE id = ?",
                basedOn == null ? null : basedOn.slug(),
                basedOn == null ? null : basedOn.version(),
                String.join(",", framework.languages()),
                framework.sourceIdentifier(),
                Timestamp.from(changedAt),
                framework.id());
        attributes(framework.id(), framework.attributes());
        text(framework.id(), "title", framework.title());
        text(framework.id(), "description", framework.description());
        writeContent();
    }

    private void writeContent() {
        insertScale();
        collectItems(framework.items(), null);
        batch("""
                INSERT INTO framework_item
                    (framework_id, id, parent_id, code, item_type, position, source_identifier, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, items);
        batch("INSERT INTO level_descriptor (framework_id, item_id, level) VALUES (?, ?, ?)", levels);
        batch("""
                INSERT INTO item_source (framework_id, item_id, position, citation, url)
                VALUES (?, ?, ?, ?, ?)
                """, sources);
        batch("""
                INSERT INTO external_reference (framework_id, item_id, position, scheme, code, uri)
                VALUES (?, ?, ?, ?, ?, ?)
                """, references);
        insertRoles();
        batch("INSERT INTO framework_text (framework_id, subject_id, field, lang, text) VALUES (?, ?, ?, ?, ?)", texts);
        batch(
                "INSERT INTO framework_attribute (framework_id, subject_id, name, attribute_value) VALUES (?, ?, ?, ?)",
                attributes);
    }

    private void insertFramework(Instant importedAt, Instant changedAt) {
        var basedOn = framework.basedOn();
        jdbc.update(
                """
                INSERT INTO framework (id, slug, version, status, based_on_slug, based_on_version, languages,
                    imported_at, owner_id, source_identifier, changed_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                framework.id(),
                framework.slug(),
                framework.version(),
                framework.status().code(),
                basedOn == null ? null : basedOn.slug(),
                basedOn == null ? null : basedOn.version(),
                String.join(",", framework.languages()),
                Timestamp.from(importedAt),
                framework.owner(),
                framework.sourceIdentifier(),
                Timestamp.from(changedAt),
                framework.isPublished() ? Timestamp.from(changedAt) : null);
        attributes(framework.id(), framework.attributes());
        text(framework.id(), "title", framework.title());
        text(framework.id(), "description", framework.description());
    }

    private void insertScale() {
        List<Object[]> rows = new ArrayList<>();
        for (ProficiencyLevel level : framework.proficiencyLevels()) {
            rows.add(new Object[] {framework.id(), level.level(), level.eqfLevel()});
            text(framework.id(), TextKey.scale(level.level(), "title"), level.title());
            text(framework.id(), TextKey.scale(level.level(), "description"), level.description());
        }
        batch("INSERT INTO proficiency_level (framework_id, level, eqf_level) VALUES (?, ?, ?)", rows);
    }

    private void collectItems(List<FrameworkItem> siblings, @Nullable UUID parent) {
        for (int position = 0; position < siblings.size(); position++) {
            FrameworkItem item = siblings.get(position);
            items.add(new Object[] {
                framework.id(),
                item.id(),
                parent,
                item.code(),
                item.type(),
                position,
                item.sourceIdentifier(),
                item.state().code()
            });
            attributes(item.id(), item.attributes());
            text(item.id(), "title", item.title());
            text(item.id(), "description", item.description());
            for (LevelDescriptor level : item.levels()) {
                levels.add(new Object[] {framework.id(), item.id(), level.level()});
                text(item.id(), TextKey.level(level.level()), level.description());
            }
            for (StatementKind kind : StatementKind.values()) {
                textList(item.id(), kind.code(), item.statements(kind));
            }
            collectSources(item);
            collectItems(item.children(), item.id());
        }
    }

    private void collectSources(FrameworkItem item) {
        for (int i = 0; i < item.sources().size(); i++) {
            Source source = item.sources().get(i);
            sources.add(new Object[] {framework.id(), item.id(), i, source.citation(), source.url()});
        }
        for (int i = 0; i < item.references().size(); i++) {
            ExternalReference ref = item.references().get(i);
            references.add(new Object[] {framework.id(), item.id(), i, ref.framework(), ref.code(), ref.uri()});
            text(item.id(), TextKey.listEntry("reference", i), ref.title());
        }
    }

    private void insertRoles() {
        Map<String, UUID> itemIds = new HashMap<>();
        framework.allItems().forEach(i -> itemIds.put(i.code(), i.id()));
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> requirements = new ArrayList<>();
        for (int position = 0; position < framework.roles().size(); position++) {
            RoleProfile role = framework.roles().get(position);
            roles.add(new Object[] {
                framework.id(),
                role.id(),
                role.code(),
                role.eqfLevel(),
                position,
                role.state().code()
            });
            text(role.id(), "title", role.title());
            text(role.id(), "mission", role.mission());
            textList(role.id(), "task", role.tasks());
            textList(role.id(), "deliverable", role.deliverables());
            for (int i = 0; i < role.requirements().size(); i++) {
                Requirement req = role.requirements().get(i);
                requirements.add(new Object[] {
                    framework.id(), role.id(), itemIds.get(req.competence()), req.level(), req.mandatory(), i
                });
            }
        }
        batch("""
                INSERT INTO role_profile (framework_id, id, code, eqf_level, position, state)
                VALUES (?, ?, ?, ?, ?, ?)
                """, roles);
        batch("""
                INSERT INTO role_requirement (framework_id, role_id, competence_id, level, mandatory, position)
                VALUES (?, ?, ?, ?, ?, ?)
                """, requirements);
    }

    private void attributes(UUID subject, Map<String, String> values) {
        values.forEach((name, value) -> attributes.add(new Object[] {framework.id(), subject, name, value}));
    }

    private void textList(UUID subject, String list, List<LocalizedText> entries) {
        for (int i = 0; i < entries.size(); i++) {
            text(subject, TextKey.listEntry(list, i), entries.get(i));
        }
    }

    private void text(UUID subject, String field, LocalizedText text) {
        text.values().forEach((lang, value) -> {
            if (!value.isBlank()) {
                texts.add(new Object[] {framework.id(), subject, field, lang, value});
            }
        });
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
