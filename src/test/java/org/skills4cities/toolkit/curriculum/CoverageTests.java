package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/** The coverage check names what no unit covers and why, on the small curriculum of {@link LearningPathsTests}. */
class CoverageTests {

    @Test
    void aRoleIsCoveredWhenEveryMandatoryRequirementIsTaughtAtOrAboveItsLevel() {
        Coverage coverage = Coverage.of(
                LearningPathsTests.CURRICULUM,
                framework(),
                role(
                        new Requirement("X.1", 4, true),
                        new Requirement("X.2", 3, true),
                        new Requirement("X.3", 5, false)));

        assertThat(coverage.full()).isTrue();
        assertThat(coverage.lines().getFirst().unit()).map(Unit::code).hasValue("X-U3");
        assertThat(coverage.lines().get(1).unit()).map(Unit::code).hasValue("X-U2");
        assertThat(coverage.lines().get(2).covered()).isFalse();
    }

    @Test
    void whatIsNotCoveredIsListedWithTheHighestLevelTaught() {
        Coverage coverage = Coverage.of(
                LearningPathsTests.CURRICULUM,
                framework(),
                role(new Requirement("X.3", 4, true), new Requirement("X.4", 1, true)));

        assertThat(coverage.full()).isFalse();
        assertThat(coverage.missing())
                .extracting(l -> l.requirement().competence(), Coverage.Line::highestTaught)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("X.3", 2), org.assertj.core.groups.Tuple.tuple("X.4", 0));
    }

    @Test
    void aRequirementOnAHiddenCompetenceIsLeftOut() {
        Framework framework = framework();
        FrameworkItem area = framework.items().getFirst();
        FrameworkItem hidden = area.children().getLast().withState(ItemState.HIDDEN);
        List<FrameworkItem> children = List.of(
                area.children().get(0), area.children().get(1), area.children().get(2), hidden);
        Framework adapted = framework.with(List.of(area.withChildren(children)), framework.roles());

        Coverage coverage = Coverage.of(LearningPathsTests.CURRICULUM, adapted, role(new Requirement("X.4", 3, true)));

        assertThat(coverage.lines()).isEmpty();
        assertThat(coverage.full()).isTrue();
    }

    static Framework framework() {
        List<FrameworkItem> competences = List.of("X.1", "X.2", "X.3", "X.4").stream()
                .map(code -> item(code, ItemTypes.COMPETENCE, List.of()))
                .toList();
        return new Framework(
                UUID.randomUUID(),
                "x",
                "1",
                FrameworkStatus.PUBLISHED,
                null,
                List.of("en"),
                LocalizedText.english("X"),
                LocalizedText.english("X"),
                List.of(),
                List.of(item("X", ItemTypes.COMPETENCE_AREA, competences)),
                List.of());
    }

    static RoleProfile role(Requirement... requirements) {
        return new RoleProfile(
                UUID.randomUUID(),
                "R",
                LocalizedText.english("Role"),
                LocalizedText.english("Does"),
                5,
                List.of(),
                List.of(),
                List.of(requirements));
    }

    private static FrameworkItem item(String code, String type, List<FrameworkItem> children) {
        return new FrameworkItem(
                UUID.randomUUID(),
                code,
                type,
                LocalizedText.english(code),
                LocalizedText.english(code),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                children);
    }
}
