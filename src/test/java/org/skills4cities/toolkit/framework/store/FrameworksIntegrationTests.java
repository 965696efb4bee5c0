package org.skills4cities.toolkit.framework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class FrameworksIntegrationTests {

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesAndReadsBackAFrameworkUnchanged() {
        Framework framework = framework(unique("roundtrip"), "A.1");

        frameworks.insert(framework);

        assertThat(frameworks.findCurrent(framework.slug())).hasValue(framework);
        assertThat(frameworks.exists(framework.slug(), "1.0")).isTrue();
    }

    @Test
    void keepsCyrillicGreekAndCharactersBeyondTheBasicPlane() {
        String title = "Умения за градове · Δεξιότητες για πόλεις · 𝑑";
        Framework framework = framework(unique("utf8"), "A.1");
        Framework multilingual = new Framework(
                framework.id(),
                framework.slug(),
                framework.version(),
                framework.status(),
                null,
                List.of("bg", "el", "en"),
                new LocalizedText(java.util.Map.of("en", "Skills", "bg", title, "el", "Δεξιότητες ς")),
                framework.description(),
                framework.proficiencyLevels(),
                framework.items(),
                framework.roles());

        frameworks.insert(multilingual);

        assertThat(frameworks
                        .findCurrent(framework.slug())
                        .orElseThrow()
                        .title()
                        .values())
                .containsEntry("bg", title)
                .containsEntry("el", "Δεξιότητες ς");
    }

    @Test
    void storesNothingWhenAnyPartOfAFrameworkFails() {
        String slug = unique("atomic");
        Framework broken = framework(slug, "NOT-A-COMPETENCE");

        assertThatThrownBy(() -> frameworks.insert(broken)).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM framework WHERE slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM framework_item WHERE framework_id = ?")
                        .param(broken.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A small framework whose role requires the competence with the given code. */
    private static Framework framework(String slug, String requiredCode) {
        var levels = List.of(
                new ProficiencyLevel(1, 3, LocalizedText.english("Basic"), LocalizedText.english("Knows the basics")),
                new ProficiencyLevel(2, 4, LocalizedText.english("Good"), LocalizedText.english("Works alone")));
        var competence = new FrameworkItem(
                UUID.randomUUID(),
                "A.1",
                ItemTypes.COMPETENCE,
                LocalizedText.english("Open data"),
                LocalizedText.english("Publishing city data for reuse."),
                List.of(
                        new LevelDescriptor(1, LocalizedText.english("Finds datasets.")),
                        new LevelDescriptor(2, LocalizedText.english("Publishes datasets."))),
                List.of(LocalizedText.english("Licences")),
                List.of(LocalizedText.english("Describe a dataset"), LocalizedText.english("Choose a licence")),
                List.of(LocalizedText.english("Values openness")),
                List.of(new Source("Directive (EU) 2019/1024", "https://eur-lex.europa.eu/eli/dir/2019/1024/oj")),
                List.of(),
                List.of());
        var area = new FrameworkItem(
                UUID.randomUUID(),
                "A",
                ItemTypes.COMPETENCE_AREA,
                LocalizedText.english("Data"),
                LocalizedText.english("Data for cities."),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(competence));
        var role = new RoleProfile(
                UUID.randomUUID(),
                "DM",
                LocalizedText.english("Data manager"),
                LocalizedText.english("Keeps the data flowing."),
                6,
                List.of(LocalizedText.english("Publish data")),
                List.of(LocalizedText.english("A data catalogue")),
                List.of(new Requirement(requiredCode, 2, true)));
        return new Framework(
                UUID.randomUUID(),
                slug,
                "1.0",
                FrameworkStatus.PUBLISHED,
                null,
                List.of("en"),
                LocalizedText.english("Test framework"),
                LocalizedText.english("A framework for tests."),
                levels,
                List.of(area),
                List.of(role));
    }
}
