package org.skills4cities.toolkit.framework.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class FrameworkImportIntegrationTests {

    @Autowired
    FrameworkImport frameworkImport;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheReferenceFrameworkAtStartUp() {
        var framework = catalogue.get("skills4cities");

        assertThat(framework.competences()).hasSize(40);
        assertThat(framework.roles()).hasSize(3);
    }

    @Test
    void importsADocumentAndOffersItInTheCatalogue() {
        String slug = "city-" + UUID.randomUUID().toString().substring(0, 8);

        frameworkImport.importDocument(document(slug, "A.1"));

        assertThat(catalogue.get(slug).competence("A.1")).isPresent();
        assertThat(catalogue.summaries()).anyMatch(s -> s.slug().equals(slug));
    }

    @Test
    void rejectsAnInvalidDocumentWithEveryProblemAndStoresNothing() {
        String slug = "invalid-" + UUID.randomUUID().toString().substring(0, 8);
        long before = rows();

        assertThatThrownBy(() -> frameworkImport.importDocument(document(slug, "Q.7")))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::code)
                                .containsExactlyInAnyOrder("unknownCompetence", "levelMissing"));

        assertThat(rows()).isEqualTo(before);
        assertThat(catalogue.find(slug)).isEmpty();
    }

    @Test
    void refusesToOverwriteAStoredVersion() {
        String slug = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        frameworkImport.importDocument(document(slug, "A.1"));

        assertThatThrownBy(() -> frameworkImport.importDocument(document(slug, "A.1")))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::location, ImportProblem::code)
                                .containsExactly(tuple("/version", "versionExists")));
    }

    private long rows() {
        return java.util.stream.Stream.of("framework", "framework_item", "framework_text", "role_profile")
                .mapToLong(table -> jdbc.sql("SELECT COUNT(*) FROM " + table)
                        .query(Long.class)
                        .single())
                .sum();
    }

    /** A framework whose second competence lacks level 2 when {@code required} is not one of its codes. */
    private static InputStream document(String slug, String required) {
        String secondLevels = required.equals("A.1")
                ? "[{\"level\": 1, \"description\": \"Starts.\"}, {\"level\": 2, \"description\": \"Leads.\"}]"
                : "[{\"level\": 1, \"description\": \"Starts.\"}]";
        String json = """
                {"id": "%s", "version": "2026.1", "status": "published", "languages": ["en"],
                 "title": "City framework",
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 4, "title": "Starter"},
                                       {"level": 2, "eqfLevel": 6, "title": "Lead"}],
                 "items": [{"code": "A", "type": "competence-area", "title": "Area", "children": [
                   {"code": "A.1", "type": "competence", "title": "One",
                    "levels": [{"level": 1, "description": "Helps."}, {"level": 2, "description": "Runs it."}]},
                   {"code": "A.2", "type": "competence", "title": "Two", "levels": %s}]}],
                 "roles": [{"code": "R", "title": "Role", "mission": "Mission", "eqfLevel": 6,
                   "requirements": [{"competence": "%s", "level": 2, "mandatory": true}]}]}
                """.formatted(slug, secondLevels, required);
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
