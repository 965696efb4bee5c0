package org.skills4cities.toolkit.framework.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkChange;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The framework versions kept in the database, and the history of their changes. */
@Repository
public class Frameworks {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    Frameworks(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Stores a whole framework version in one transaction: all of it, or nothing. */
    @Transactional
    public void insert(Framework framework, List<FrameworkChange> changes) {
        Instant now = clock.instant();
        new FrameworkInserts(jdbcTemplate, framework).run(now, now);
        record(framework.id(), changes);
    }

    @Transactional
    public void insert(Framework framework) {
        insert(framework, List.of());
    }

    /**
     * Replaces the content of a stored draft by the framework given, keeping its internal identifier and when it was
     * first stored, and records the changes made, all in one transaction.
     *
     * @throws OptimisticLockingFailureException when the version was published meanwhile: published versions never
     *     change
     */
    @Transactional
    public void replaceDraft(Framework framework, List<FrameworkChange> changes) {
        String status = jdbc.sql("SELECT status FROM framework WHERE id = ? FOR UPDATE")
                .param(framework.id())
                .query(String.class)
                .single();
        if (!FrameworkStatus.DRAFT.code().equals(status)) {
            throw new OptimisticLockingFailureException("Framework version " + framework.id() + " is " + status);
        }
        deleteContent(framework.id());
        new FrameworkInserts(jdbcTemplate, framework).replace(clock.instant());
        record(framework.id(), changes);
    }

    /** Publishes a draft: from then on it never changes. False when the version is not a draft. */
    @Transactional
    public boolean publish(UUID id) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        UPDATE framework SET status = 'published', published_at = ?, changed_at = ?
                        WHERE id = ? AND status = 'draft'
                        """).params(now, now, id).update() > 0;
    }

    /** Records changes made to a framework version; they are kept as long as the version. */
    @Transactional
    public void record(UUID frameworkId, List<FrameworkChange> changes) {
        List<Object[]> rows = changes.stream()
                .map(c -> new Object[] {
                    UUID.randomUUID(),
                    frameworkId,
                    Timestamp.from(c.at()),
                    c.by(),
                    c.origin(),
                    c.change().code(),
                    c.kind().code(),
                    c.subjectId(),
                    c.subjectCode(),
                    c.field(),
                    c.lang(),
                    c.oldValue(),
                    c.newValue()
                })
                .toList();
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    INSERT INTO framework_change (id, framework_id, changed_at, changed_by, origin, kind, subject_kind,
                        subject_id, subject_code, field, lang, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
        }
    }

    /** The recorded changes of a framework version, or of one item or role of it, newest first. */
    @Transactional(readOnly = true)
    public List<FrameworkChange> history(UUID frameworkId, @Nullable UUID subject) {
        String where = subject == null ? "" : " AND subject_id = :subject";
        var statement = jdbc.sql("""
                        SELECT changed_at, changed_by, origin, kind, subject_kind, subject_id, subject_code, field,
                            lang, old_value, new_value
                        FROM framework_change
                        WHERE framework_id = :framework""" + where + """

                        ORDER BY changed_at DESC, subject_code, field, lang
                        """).param("framework", frameworkId);
        if (subject != null) {
            statement = statement.param("subject", subject);
        }
        return statement
                .query((rs, n) -> new FrameworkChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("origin"),
                        FrameworkDifference.Change.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        FrameworkDifference.Kind.valueOf(
                                rs.getString("subject_kind").toUpperCase(Locale.ROOT)),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("subject_code"),
                        rs.getString("field"),
                        rs.getString("lang"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug, String version) {
        return find(slug, version).isPresent();
    }

    /** The internal identifier of a stored version. */
    @Transactional(readOnly = true)
    public Optional<UUID> find(String slug, String version) {
        return jdbc.sql("SELECT id FROM framework WHERE slug = ? AND version = ?")
                .params(slug, version)
                .query(UUID.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean idTaken(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM framework WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The version of a framework that its slug stands for: the one published last, else (while none is published)
     * the newest draft.
     */
    @Transactional(readOnly = true)
    public Optional<Framework> findCurrent(String slug) {
        return versions(slug).stream().findFirst().map(v -> load(v.id()));
    }

    /** One stored version, read whole. */
    @Transactional(readOnly = true)
    public Framework load(UUID id) {
        return new FrameworkAssembly(jdbc, id).run();
    }

    /** One stored version as a list of versions shows it. */
    @Transactional(readOnly = true)
    public Optional<FrameworkVersionInfo> versionInfo(String slug, String version) {
        return versions(slug).stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The stored versions of a framework: the current one first, then the others, newest first. */
    @Transactional(readOnly = true)
    public List<FrameworkVersionInfo> versions(String slug) {
        return jdbc.sql("""
                        SELECT id, slug, version, status, based_on_slug, based_on_version, owner_id, imported_at,
                            changed_at, published_at
                        FROM framework
                        WHERE slug = ?
                        ORDER BY CASE status WHEN 'published' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END,
                            COALESCE(published_at, imported_at) DESC, imported_at DESC, version DESC
                        """)
                .param(slug)
                .query((rs, n) -> {
                    String basedOn = rs.getString("based_on_slug");
                    Timestamp published = rs.getTimestamp("published_at");
                    return new FrameworkVersionInfo(
                            rs.getObject("id", UUID.class),
                            rs.getString("slug"),
                            rs.getString("version"),
                            FrameworkStatus.ofCode(rs.getString("status")).orElseThrow(),
                            basedOn == null ? null : new FrameworkVersion(basedOn, rs.getString("based_on_version")),
                            rs.getObject("owner_id", UUID.class),
                            rs.getTimestamp("imported_at").toInstant(),
                            rs.getTimestamp("changed_at").toInstant(),
                            published == null ? null : published.toInstant());
                })
                .list();
    }

    /** When the framework version was last changed: when it was stored, or when its draft was last edited. */
    @Transactional(readOnly = true)
    public Instant changedAt(UUID id) {
        return instant("changed_at", id);
    }

    @Transactional(readOnly = true)
    public Instant importedAt(UUID id) {
        return instant("imported_at", id);
    }

    public List<String> slugs() {
        return jdbc.sql("SELECT DISTINCT slug FROM framework ORDER BY slug")
                .query(String.class)
                .list();
    }

    private Instant instant(String column, UUID id) {
        return jdbc.sql("SELECT " + column + " FROM framework WHERE id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private void deleteContent(UUID id) {
        for (String table : List.of(
                "framework_text",
                "framework_attribute",
                "role_requirement",
                "role_profile",
                "external_reference",
                "item_source",
                "level_descriptor")) {
            jdbc.sql("DELETE FROM " + table + " WHERE framework_id = ?")
                    .param(id)
                    .update();
        }
        // leaves first, level by level: the link to the parent is checked row by row
        while (jdbc.sql("""
                                DELETE FROM framework_item
                                WHERE framework_id = :id AND id NOT IN (
                                    SELECT parent_id FROM framework_item
                                    WHERE framework_id = :id AND parent_id IS NOT NULL)
                                """).param("id", id).update() > 0) {
            // until the tree is gone
        }
        jdbc.sql("DELETE FROM proficiency_level WHERE framework_id = ?")
                .param(id)
                .update();
    }
}
