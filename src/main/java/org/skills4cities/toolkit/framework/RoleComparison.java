package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Roles side by side: one row a competence that at least one of the roles requires, with each role's requirement or
 * none, and whether the roles disagree on it.
 */
public record RoleComparison(List<RoleProfile> roles, List<Row> rows) {

    public RoleComparison {
        roles = List.copyOf(roles);
        rows = List.copyOf(rows);
    }

    /**
     * Compares the roles, keeping the competences of one area (all when null) and, if asked, mandatory ones only.
     *
     * @throws UnknownArea when the framework has no top-level item with the area's code
     */
    public static RoleComparison of(
            Framework framework, List<RoleProfile> roles, @Nullable String area, boolean mandatoryOnly) {
        if (area != null && framework.topLevel(area).isEmpty()) {
            throw new UnknownArea(framework.slug(), area);
        }
        List<Row> rows = framework.items().stream()
                .filter(top -> area == null || top.code().equals(area))
                .flatMap(top -> top.selfAndDescendants()
                        .filter(FrameworkItem::isCompetence)
                        .map(competence -> row(top, competence, roles)))
                .filter(row -> row.cells().stream().anyMatch(Optional::isPresent))
                .filter(row -> !mandatoryOnly || row.anyMandatory())
                .toList();
        return new RoleComparison(roles, rows);
    }

    private static Row row(FrameworkItem area, FrameworkItem competence, List<RoleProfile> roles) {
        List<Optional<Requirement>> cells =
                roles.stream().map(r -> r.requirement(competence.code())).toList();
        return new Row(area, competence, cells);
    }

    /** One competence across the compared roles; a cell is empty where a role does not require it. */
    public record Row(FrameworkItem area, FrameworkItem competence, List<Optional<Requirement>> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public boolean differs() {
            return cells.stream()
                            .map(c -> c.map(r -> r.level() + (r.mandatory() ? "m" : "o")))
                            .distinct()
                            .count()
                    > 1;
        }

        public boolean anyMandatory() {
            return cells.stream().flatMap(Optional::stream).anyMatch(Requirement::mandatory);
        }

        public Optional<Requirement> cell(int role) {
            return cells.get(role);
        }

        /** Whether the role in this column needs the competence at a higher level than some other compared role. */
        public boolean leads(int role) {
            int level = cells.get(role).map(Requirement::level).orElse(0);
            int lowest = cells.stream()
                    .mapToInt(c -> c.map(Requirement::level).orElse(0))
                    .min()
                    .orElse(0);
            int highest = cells.stream()
                    .mapToInt(c -> c.map(Requirement::level).orElse(0))
                    .max()
                    .orElse(0);
            return level > lowest && level == highest;
        }
    }
}
