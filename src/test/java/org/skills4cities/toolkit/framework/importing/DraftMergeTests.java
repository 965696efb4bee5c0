package org.skills4cities.toolkit.framework.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;

/** A corrected file laid over a stored draft: nothing the file leaves out is lost unless asked, and never if used. */
class DraftMergeTests {

    private final Framework stored = ReferenceFrameworkFile.framework();
    private final Framework file = without(stored, "A.2", "D");
    private final UUID a2 = stored.item("A.2").orElseThrow().id();
    private final UUID d = stored.item("D").orElseThrow().id();

    @Test
    void keepsWhatTheFileLeavesOutWhereItWas() {
        Framework merged = new DraftMerge(stored, file, Set.of(), id -> false).run();

        assertThat(merged.allItems().map(FrameworkItem::code))
                .containsExactlyInAnyOrderElementsOf(
                        stored.allItems().map(FrameworkItem::code).toList());
        assertThat(merged.item("A.2")).isPresent();
        assertThat(merged.topLevel("A").orElseThrow().children().getLast().code())
                .as("a kept item goes after the file's siblings")
                .isEqualTo("A.2");
        assertThat(merged.item("D.10").orElseThrow().state()).isEqualTo(ItemState.ACTIVE);
        assertThat(merged.roles()).isEqualTo(stored.roles());
    }

    @Test
    void deletesOnlyWhatIsAskedAndRetiresWhatSomethingRefersTo() {
        UUID d3 = stored.item("D.3").orElseThrow().id();
        DraftMerge merge = new DraftMerge(stored, file, Set.of(a2, d), d3::equals);
        Framework merged = merge.run();

        assertThat(merged.item("A.2")).isEmpty();
        assertThat(merge.removed()).contains("A.2", "D.1", "D.10").doesNotContain("D.3");
        assertThat(merge.retired()).containsExactlyInAnyOrder("D", "D.3");
        assertThat(merged.item("D.3").orElseThrow().state()).isEqualTo(ItemState.RETIRED);
        assertThat(merged.item("D").orElseThrow().state())
                .as("an area that still holds a retired competence stays, retired")
                .isEqualTo(ItemState.RETIRED);
        assertThat(merged.roles().stream().flatMap(r -> r.requirements().stream()))
                .as("no requirement points at a deleted competence")
                .allMatch(r -> merged.item(r.competence()).isPresent());
        assertThat(FrameworkChecks.problems(merged)).isEmpty();
    }

    /** The framework without the top-level or second-level items with these codes. */
    private static Framework without(Framework framework, String... codes) {
        List<String> gone = List.of(codes);
        List<FrameworkItem> items = framework.items().stream()
                .filter(top -> !gone.contains(top.code()))
                .map(top -> top.withChildren(top.children().stream()
                        .filter(child -> !gone.contains(child.code()))
                        .toList()))
                .toList();
        return framework.with(items, framework.roles());
    }
}
