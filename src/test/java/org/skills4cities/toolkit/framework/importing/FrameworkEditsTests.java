package org.skills4cities.toolkit.framework.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.ItemState;

/** Editors' changes applied to the reference framework, and the rules they must keep. */
class FrameworkEditsTests {

    private final Framework reference = ReferenceFrameworkFile.framework();

    @Test
    void blankingTheOnlyTitleOfAnItemIsAProblem() {
        Framework added = FrameworkEdits.apply(
                reference, List.of(new FrameworkEdit.AddItem("D", "D.11", "competence", "bg", "Градски данни")));
        Framework blanked =
                FrameworkEdits.apply(added, List.of(new FrameworkEdit.ItemText("D.11", "title", "bg", " ")));

        assertThat(FrameworkChecks.problems(blanked))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/items/D.11", "blank"));
    }

    @Test
    void setsTextsStatesAndRequirementsAndAddsListEntriesAtTheEnd() {
        int skills = reference.item("A.1").orElseThrow().skills().size();
        Framework edited = FrameworkEdits.apply(
                reference,
                List.of(
                        new FrameworkEdit.ItemText("A.1", "title", "de", "Neu"),
                        new FrameworkEdit.ItemText("A.1", "skill:" + skills, "en", "A new skill"),
                        new FrameworkEdit.ItemStateChange("A.2", ItemState.HIDDEN),
                        new FrameworkEdit.SetRequirement("SCPM", "A.1", 5, true)));

        assertThat(edited.item("A.1").orElseThrow().title().values()).containsEntry("de", "Neu");
        assertThat(edited.item("A.1").orElseThrow().skills()).hasSize(skills + 1);
        assertThat(edited.item("A.2").orElseThrow().state()).isEqualTo(ItemState.HIDDEN);
        assertThat(edited.role("SCPM")
                        .orElseThrow()
                        .requirement("A.1")
                        .orElseThrow()
                        .level())
                .isEqualTo(5);
        assertThat(FrameworkChecks.problems(edited)).isEmpty();
    }

    @Test
    void refusesEveryChangeThatCannotBeMadeAndNamesEach() {
        assertThatThrownBy(() -> FrameworkEdits.apply(
                        reference,
                        List.of(
                                new FrameworkEdit.ItemText("Z.9", "title", "en", "x"),
                                new FrameworkEdit.ItemText("A.1", "colour", "en", "x"),
                                new FrameworkEdit.ItemText("A.1", "skill:99", "en", "x"),
                                new FrameworkEdit.SetRequirement("SCPM", "A.1", 9, true),
                                new FrameworkEdit.AddItem(null, "A.1", "competence", "en", "Twice"))))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::location)
                                .containsExactly(
                                        "/edits/0/item",
                                        "/edits/1/field",
                                        "/edits/2/field",
                                        "/edits/3/level",
                                        "/edits/4/code"));
    }

    @Test
    void refusesWhatTheDatabaseOrASpreadsheetCellCouldNotHold() {
        Framework edited = FrameworkEdits.apply(
                reference,
                List.of(
                        new FrameworkEdit.AddRole("R".repeat(41), 6, "en", "Too long a code"),
                        new FrameworkEdit.AddItem("A", "A.99", "competence", "en", "x")));
        Framework longText = edited.with(
                edited.items().stream()
                        .map(area -> area.withChildren(area.children().stream()
                                .map(c -> c.code().equals("A.99") ? longTitle(c) : c)
                                .toList()))
                        .toList(),
                edited.roles());

        assertThat(FrameworkChecks.problems(longText))
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/roles/" + "R".repeat(41), "tooLong"),
                        org.assertj.core.groups.Tuple.tuple("/item/A.99/title/en", "tooLong"));
    }

    private static org.skills4cities.toolkit.framework.FrameworkItem longTitle(
            org.skills4cities.toolkit.framework.FrameworkItem item) {
        return new org.skills4cities.toolkit.framework.FrameworkItem(
                item.id(),
                item.code(),
                item.type(),
                org.skills4cities.toolkit.framework.LocalizedText.english("x".repeat(32_001)),
                item.description(),
                item.levels(),
                item.knowledge(),
                item.skills(),
                item.attitudes(),
                item.sources(),
                item.references(),
                item.children());
    }
}
