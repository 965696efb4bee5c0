package org.skills4cities.toolkit.framework.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skills4cities.toolkit.framework.Framework;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The framework versions kept in the database. */
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
    public void insert(Framework framework) {
        new FrameworkInserts(jdbcTemplate, framework).run(clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug, String version) {
        return jdbc.sql("SELECT COUNT(*) FROM framework WHERE slug = ? AND version = ?")
                        .params(slug, version)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The version of a framework that its slug stands for: the newest one imported. */
    @Transactional(readOnly = true)
    public Optional<Framework> findCurrent(String slug) {
        return jdbc.sql("""
                        SELECT id
                        FROM framework
                        WHERE slug = ?
                        ORDER BY imported_at DESC, version DESC
                        FETCH FIRST 1 ROWS ONLY
                        """).param(slug).query(UUID.class).optional().map(id -> new FrameworkAssembly(jdbc, id).run());
    }

    @Transactional(readOnly = true)
    /** When the framework version was stored: its last change, since a stored version never changes. */
    public Instant importedAt(UUID id) {
        return jdbc.sql("SELECT imported_at FROM framework WHERE id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    public List<String> slugs() {
        return jdbc.sql("SELECT DISTINCT slug FROM framework ORDER BY slug")
                .query(String.class)
                .list();
    }
}
