package org.skills4cities.toolkit.framework.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/** The Skills4Cities reference framework as shipped: complete, consistent, and free of placeholder text. */
class ReferenceFrameworkTests {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?i)\\b(lorem|ipsum|tbd|todo|fixme|placeholder|xxx)\\b");

    private static Framework framework;

    @BeforeAll
    static void read() {
        framework = ReferenceFrameworkFile.framework();
    }

    @Test
    void hasFourAreasOfTenCompetencesAndFiveLevels() {
        assertThat(framework.slug()).isEqualTo("skills4cities");
        assertThat(framework.items()).extracting(FrameworkItem::code).containsExactly("A", "B", "C", "D");
        assertThat(framework.items())
                .allSatisfy(area -> assertThat(area.children()).hasSize(10).allMatch(FrameworkItem::isCompetence));
        assertThat(framework.competences()).hasSize(40);
        assertThat(framework.proficiencyLevels()).hasSize(5);
    }

    @Test
    void describesEveryCompetenceFully() {
        assertThat(framework.competences()).allSatisfy(competence -> {
            assertThat(competence.description().english()).hasSizeGreaterThan(80);
            assertThat(competence.levels()).extracting(LevelDescriptor::level).containsExactly(1, 2, 3, 4, 5);
            assertThat(competence.levels().stream()
                            .map(l -> l.description().english())
                            .distinct())
                    .hasSize(5);
            assertThat(competence.knowledge()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(competence.skills()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(competence.attitudes()).isNotEmpty();
            assertThat(competence.sources()).isNotEmpty();
        });
    }

    @Test
    void hasNoDuplicatedOrPlaceholderText() {
        List<String> texts = allTexts().toList();

        assertThat(texts).noneMatch(t -> PLACEHOLDER.matcher(t).find());
        assertThat(texts).allMatch(t -> t.length() > 2);
        assertThat(framework.competences().stream()
                        .flatMap(c -> c.levels().stream())
                        .map(l -> l.description().english()))
                .doesNotHaveDuplicates();
    }

    @Test
    void profilesThreeRolesThatAreGenuinelyDifferent() {
        assertThat(framework.roles()).extracting(RoleProfile::code).containsExactly("SCPM", "SCPMC", "SCPD");
        assertThat(framework.roles()).allSatisfy(role -> {
            assertThat(role.tasks()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(role.deliverables()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(role.eqfLevel()).isBetween(4, 8);
            assertThat(role.requirements()).hasSizeGreaterThanOrEqualTo(15);
            assertThat(role.requirements()).anyMatch(Requirement::mandatory);
            assertThat(role.requirements()).anyMatch(r -> !r.mandatory());
            assertThat(leadingCompetences(role))
                    .as("competences where %s needs more than any other role", role.code())
                    .hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void linksOnlyToEscoSkillsThatExist() throws IOException {
        Path esco = Path.of("../shared/corpus/esco");
        assumeThat(esco).as("the ESCO files of the shared corpus").isDirectory();
        Set<String> known = new HashSet<>();
        try (Stream<Path> files = Files.list(esco)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Pattern.compile("http://data\\.europa\\.eu/esco/skill/[\\w.-]+")
                        .matcher(Files.readString(file))
                        .results()
                        .forEach(m -> known.add(m.group()));
            }
        }

        List<String> uris = framework.competences().stream()
                .flatMap(c -> c.references().stream())
                .filter(r -> r.framework().equals("ESCO"))
                .map(ExternalReference::uri)
                .toList();

        assertThat(uris).isNotEmpty().allMatch(known::contains);
    }

    private static Set<String> leadingCompetences(RoleProfile role) {
        Map<String, Integer> own =
                role.requirements().stream().collect(Collectors.toMap(Requirement::competence, Requirement::level));
        return own.entrySet().stream()
                .filter(e -> framework.roles().stream()
                        .filter(other -> other != role)
                        .allMatch(other -> other.requirement(e.getKey())
                                        .map(Requirement::level)
                                        .orElse(0)
                                < e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Stream<String> allTexts() {
        Stream<LocalizedText> items = framework
                .allItems()
                .flatMap(item -> Stream.of(
                                Stream.of(item.title(), item.description()),
                                item.levels().stream().map(LevelDescriptor::description),
                                item.knowledge().stream(),
                                item.skills().stream(),
                                item.attitudes().stream())
                        .flatMap(s -> s));
        Stream<LocalizedText> roles = framework.roles().stream()
                .flatMap(role -> Stream.of(
                                Stream.of(role.title(), role.mission()),
                                role.tasks().stream(),
                                role.deliverables().stream())
                        .flatMap(s -> s));
        return Stream.concat(items, roles).filter(t -> !t.isBlank()).map(LocalizedText::english);
    }
}
