package org.skills4cities.toolkit.exam;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The certification bodies' item banks in the database: each written whole and read whole. */
@Repository
class BankStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    BankStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** How many of the body's candidates hold a form drawn from its bank and have not been scored yet. */
    int attemptsUnderWay(UUID organisationId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM exam_attempt a JOIN exam_session s ON s.id = a.session_id
                        WHERE s.organisation_id = ? AND a.checked_in_at IS NOT NULL AND a.closed_at IS NULL
                        """).param(organisationId).query(Integer.class).single();
    }

    Optional<Instant> importedAt(UUID organisationId) {
        return jdbc.sql("SELECT imported_at FROM exam_bank WHERE organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Replaces the body's bank by these items; the caller holds the transaction. */
    void replace(UUID organisationId, String frameworkSlug, List<ExamItem> items, UUID actor, Instant now) {
        jdbc.sql("DELETE FROM exam_bank WHERE organisation_id = ?")
                .param(organisationId)
                .update();
        jdbc.sql("""
                        INSERT INTO exam_bank (organisation_id, framework_slug, imported_at, imported_by, question_count)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(organisationId, frameworkSlug, Timestamp.from(now), actor, BankCounts.questions(items))
                .update();
        Rows rows = new Rows(organisationId);
        items.forEach(item -> rows.add(item, null));
        batches.batchUpdate("""
                INSERT INTO exam_item (organisation_id, code, position, scenario_code, competence, level, kind, points)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows.items);
        batches.batchUpdate("""
                INSERT INTO exam_option (organisation_id, item_code, id, position, correct)
                VALUES (?, ?, ?, ?, ?)
                """, rows.options);
        batches.batchUpdate("""
                INSERT INTO exam_text (organisation_id, item_code, field, lang, text)
                VALUES (?, ?, ?, ?, ?)
                """, rows.texts);
    }

    Optional<StoredBank> load(UUID organisationId) {
        return jdbc.sql("SELECT * FROM exam_bank WHERE organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> new StoredBank(
                        organisationId,
                        rs.getString("framework_slug"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getObject("imported_by", UUID.class),
                        List.of()))
                .optional()
                .map(bank -> new StoredBank(
                        organisationId,
                        bank.frameworkSlug(),
                        bank.importedAt(),
                        bank.importedBy(),
                        items(organisationId)));
    }

    private List<ExamItem> items(UUID organisationId) {
        Map<String, Map<String, Map<String, String>>> texts = new HashMap<>();
        jdbc.sql("SELECT item_code, field, lang, text FROM exam_text WHERE organisation_id = ?")
                .param(organisationId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), f -> new HashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                });
        Map<String, List<ChoiceOption>> options = new HashMap<>();
        jdbc.sql("""
                        SELECT item_code, id, correct
                        FROM exam_option
                        WHERE organisation_id = ?
                        ORDER BY item_code, position
                        """).param(organisationId).query(rs -> {
            String code = rs.getString(1);
            String id = rs.getString(2);
            options.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new ChoiceOption(id, text(texts, code, "option:" + id), rs.getBoolean(3)));
        });
        Map<String, ExamItem> scenarios = new LinkedHashMap<>();
        Map<String, List<ExamItem>> parts = new HashMap<>();
        List<ExamItem> items = new ArrayList<>();
        jdbc.sql("SELECT * FROM exam_item WHERE organisation_id = ? ORDER BY position")
                .param(organisationId)
                .query(rs -> {
                    String code = rs.getString("code");
                    ItemKind kind = ItemKind.valueOf(rs.getString("kind"));
                    ExamItem item = new ExamItem(
                            code,
                            rs.getString("competence"),
                            rs.getInt("level"),
                            kind,
                            rs.getInt("points"),
                            text(texts, code, "stem"),
                            options.getOrDefault(code, List.of()),
                            List.of(),
                            text(texts, code, "explanation"));
                    String scenario = rs.getString("scenario_code");
                    if (scenario != null) {
                        parts.computeIfAbsent(scenario, s -> new ArrayList<>()).add(item);
                    } else {
                        items.add(item);
                    }
                });
        return items.stream()
                .map(item -> item.kind() == ItemKind.SCENARIO ? withParts(item, parts) : item)
                .toList();
    }

    private static ExamItem withParts(ExamItem scenario, Map<String, List<ExamItem>> parts) {
        return new ExamItem(
                scenario.code(),
                scenario.competence(),
                scenario.level(),
                scenario.kind(),
                scenario.points(),
                scenario.stem(),
                scenario.options(),
                parts.getOrDefault(scenario.code(), List.of()),
                scenario.explanation());
    }

    private static LocalizedText text(Map<String, Map<String, Map<String, String>>> texts, String code, String field) {
        return new LocalizedText(texts.getOrDefault(code, Map.of()).getOrDefault(field, Map.of()));
    }

    /** The rows of one bank, in bank order. */
    private static final class Rows {

        private final UUID organisationId;
        private final List<Object[]> items = new ArrayList<>();
        private final List<Object[]> options = new ArrayList<>();
        private final List<Object[]> texts = new ArrayList<>();

        Rows(UUID organisationId) {
            this.organisationId = organisationId;
        }

        void add(ExamItem item, @Nullable String scenario) {
            items.add(new Object[] {
                organisationId,
                item.code(),
                items.size(),
                scenario,
                item.competence(),
                item.level(),
                item.kind().name(),
                item.points()
            });
            texts(item.code(), "stem", item.stem());
            texts(item.code(), "explanation", item.explanation());
            for (int i = 0; i < item.options().size(); i++) {
                ChoiceOption option = item.options().get(i);
                options.add(new Object[] {organisationId, item.code(), option.id(), i, option.correct()});
                texts(item.code(), "option:" + option.id(), option.text());
            }
            item.parts().forEach(part -> add(part, item.code()));
        }

        private void texts(String code, String field, LocalizedText text) {
            text.values().forEach((lang, value) -> texts.add(new Object[] {organisationId, code, field, lang, value}));
        }
    }
}
