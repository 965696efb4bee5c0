package org.skills4cities.toolkit.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.curriculum.Unit;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * A city team against a target role: the members who share an assessment (with their readiness), a row per
 * competence the role requires with each member's level and how many fall short, and the training the team needs —
 * which units, for how many people, how many hours in all.
 */
public record TeamView(
        Framework framework, RoleProfile role, List<Member> members, List<Row> rows, List<TrainingNeed> needs) {

    public TeamView {
        members = List.copyOf(members);
        rows = List.copyOf(rows);
        needs = List.copyOf(needs);
    }

    public record Member(UUID account, String name, Assessment assessment, int readiness) {}

    /** One competence: the required level, and each member's level in the order of {@link #members()}. */
    public record Row(FrameworkItem competence, int required, boolean mandatory, List<Integer> levels) {

        public Row {
            levels = List.copyOf(levels);
        }

        /** How many members are below the required level. */
        public long below() {
            return levels.stream().filter(l -> l < required).count();
        }

        /** The sum of the members' gaps, in levels. */
        public int totalGap() {
            return levels.stream().mapToInt(l -> Math.max(0, required - l)).sum();
        }
    }

    /** A unit some members' learning paths take, how many of them, and their hours together. */
    public record TrainingNeed(Unit unit, int people) {

        public int hours() {
            return unit.hours() * people;
        }
    }

    /** The rows where someone falls short: the most members below first, then the largest total gap. */
    public List<Row> gaps() {
        return rows.stream()
                .filter(r -> r.below() > 0)
                .sorted(Comparator.comparingLong(Row::below)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Row::totalGap).reversed()))
                .toList();
    }

    public int totalHours() {
        return needs.stream().mapToInt(TrainingNeed::hours).sum();
    }
}
