package org.skills4cities.toolkit.framework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.StatementKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the rows of one framework version, one query a table, and puts the framework back together. */
final class FrameworkAssembly {

    private final JdbcClient jdbc;
    private final UUID frameworkId;
    private final FrameworkTexts texts = new FrameworkTexts();
    private final Map<UUID, List<Integer>> levels = new HashMap<>();
    private final Map<UUID, List<Source>> sources = new HashMap<>();
    private final Map<UUID, List<ExternalReference>> references = new HashMap<>();
    private final Map<UUID, Map<String, String>> attributes = new HashMap<>();

    FrameworkAssembly(JdbcClient jdbc, UUID frameworkId) {
        this.jdbc = jdbc;
        this.frameworkId = frameworkId;
    }

    Framework run() {
        readTexts();
        readItemDetails();
        List<ItemRow> itemRows = jdbc.sql("""
                        SELECT id, parent_id, code, item_type, source_identifier, state
                        FROM framework_item
                        WHERE framework_id = ?
                        ORDER BY position
                        """)
                .param(frameworkId)
                .query((rs, n) -> new ItemRow(
                        uuid(rs, "id"),
                        uuid(rs, "parent_id"),
                        rs.getString("code"),
                        rs.getString("item_type"),
                        rs.getString("source_identifier"),
                        ItemState.ofCode(rs.getString("state")).orElseThrow()))
                .list();
        Map<UUID, String> codes = new HashMap<>();
        itemRows.forEach(row -> codes.put(row.id(), row.code()));
        Map<Optional<UUID>, List<ItemRow>> byParent =
                itemRows.stream().collect(Collectors.groupingBy(row -> Optional.ofNullable(row.parent())));
        return jdbc.sql("""
                        SELECT slug, version, status, based_on_slug, based_on_version, languages, owner_id,
                            source_identifier
                        FROM framework
                        WHERE id = ?
                        """)
                .param(frameworkId)
                .query((rs, n) -> framework(rs, children(byParent, Optional.empty()), readRoles(codes)))
                .single();
    }

    private Framework framework(ResultSet rs, List<FrameworkItem> items, List<RoleProfile> roles) throws SQLException {
        String basedOnSlug = rs.getString("based_on_slug");
        return new Framework(
                frameworkId,
                rs.getString("slug"),
                rs.getString("version"),
                FrameworkStatus.ofCode(rs.getString("status")).orElseThrow(),
                basedOnSlug == null ? null : new FrameworkVersion(basedOnSlug, rs.getString("based_on_version")),
                List.of(rs.getString("languages").split(",")),
                texts.get(frameworkId, "title"),
                texts.get(frameworkId, "description"),
                readScale(),
                items,
                roles,
                uuid(rs, "owner_id"),
                rs.getString("source_identifier"),
                attributes.getOrDefault(frameworkId, Map.of()));
    }

    private void readTexts() {
        jdbc.sql("SELECT subject_id, field, lang, text FROM framework_text WHERE framework_id = ?")
                .param(frameworkId)
                .query(rs -> {
                    texts.put(
                            uuid(rs, "subject_id"), rs.getString("field"), rs.getString("lang"), rs.getString("text"));
                });
    }

    private void readItemDetails() {
        jdbc.sql("SELECT subject_id, name, attribute_value FROM framework_attribute WHERE framework_id = ?")
                .param(frameworkId)
                .query(rs -> {
                    attributes
                            .computeIfAbsent(uuid(rs, "subject_id"), k -> new HashMap<>())
                            .put(rs.getString("name"), rs.getString("attribute_value"));
                });
        jdbc.sql("SELECT item_id, level FROM level_descriptor WHERE framework_id = ? ORDER BY item_id, level")
                .param(frameworkId)
                .query(rs -> {
                    levels.computeIfAbsent(uuid(rs, "item_id"), k -> new ArrayList<>())
                            .add(rs.getInt("level"));
                });
        jdbc.sql("SELECT item_id, citation, url FROM item_source WHERE framework_id = ? ORDER BY item_id, position")
                .param(frameworkId)
                .query(rs -> {
                    sources.computeIfAbsent(uuid(rs, "item_id"), k -> new ArrayList<>())
                            .add(new Source(rs.getString("citation"), rs.getString("url")));
                });
        jdbc.sql("""
                        SELECT item_id, position, scheme, code, uri
                        FROM external_reference
                        WHERE framework_id = ?
                        ORDER BY item_id, position
                        """).param(frameworkId).query(rs -> {
            UUID item = uuid(rs, "item_id");
            references
                    .computeIfAbsent(item, k -> new ArrayList<>())
                    .add(new ExternalReference(
                            rs.getString("scheme"),
                            rs.getString("code"),
                            rs.getString("uri"),
                            texts.get(item, TextKey.listEntry("reference", rs.getInt("position")))));
        });
    }

    private List<ProficiencyLevel> readScale() {
        return jdbc.sql("SELECT level, eqf_level FROM proficiency_level WHERE framework_id = ? ORDER BY level")
                .param(frameworkId)
                .query((rs, n) -> {
                    int level = rs.getInt("level");
                    return new ProficiencyLevel(
                            level,
                            rs.getInt("eqf_level"),
                            texts.get(frameworkId, TextKey.scale(level, "title")),
                            texts.get(frameworkId, TextKey.scale(level, "description")));
                })
                .list();
    }

    private List<FrameworkItem> children(Map<Optional<UUID>, List<ItemRow>> byParent, Optional<UUID> parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(row -> item(row, children(byParent, Optional.of(row.id()))))
                .toList();
    }

    private FrameworkItem item(ItemRow row, List<FrameworkItem> children) {
        UUID id = row.id();
        List<LevelDescriptor> descriptors = levels.getOrDefault(id, List.of()).stream()
                .map(level -> new LevelDescriptor(level, texts.get(id, TextKey.level(level))))
                .toList();
        return new FrameworkItem(
                id,
                row.code(),
                row.type(),
                texts.get(id, "title"),
                texts.get(id, "description"),
                descriptors,
                texts.list(id, StatementKind.KNOWLEDGE.code()),
                texts.list(id, StatementKind.SKILL.code()),
                texts.list(id, StatementKind.ATTITUDE.code()),
                sources.getOrDefault(id, List.of()),
                references.getOrDefault(id, List.of()),
                children,
                row.sourceIdentifier(),
                attributes.getOrDefault(id, Map.of()),
                row.state());
    }

    private List<RoleProfile> readRoles(Map<UUID, String> codes) {
        Map<UUID, List<Requirement>> requirements = new HashMap<>();
        jdbc.sql("""
                        SELECT role_id, competence_id, level, mandatory
                        FROM role_requirement
                        WHERE framework_id = ?
                        ORDER BY role_id, position
                        """).param(frameworkId).query(rs -> {
            requirements
                    .computeIfAbsent(uuid(rs, "role_id"), k -> new ArrayList<>())
                    .add(new Requirement(
                            codes.get(uuid(rs, "competence_id")), rs.getInt("level"), rs.getBoolean("mandatory")));
        });
        return jdbc.sql("SELECT id, code, eqf_level, state FROM role_profile WHERE framework_id = ? ORDER BY position")
                .param(frameworkId)
                .query((rs, n) -> {
                    UUID id = uuid(rs, "id");
                    return new RoleProfile(
                            id,
                            rs.getString("code"),
                            texts.get(id, "title"),
                            texts.get(id, "mission"),
                            rs.getInt("eqf_level"),
                            texts.list(id, "task"),
                            texts.list(id, "deliverable"),
                            requirements.getOrDefault(id, List.of()),
                            ItemState.ofCode(rs.getString("state")).orElseThrow());
                })
                .list();
    }

    private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private record ItemRow(
            UUID id,
            @Nullable UUID parent,
            String code,
            String type,
            @Nullable String sourceIdentifier,
            ItemState state) {}
}
