package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.DerivedIdentifiers;
import org.skills4cities.toolkit.interchange.spreadsheet.SheetRecords.RequirementRow;

/**
 * Makes the role profiles of a sheet out of their rows and the requirement rows, which name a role by its code and a
 * competence by its code, each at most once per role.
 */
final class RoleRecords {

    private final SheetProblems problems;
    private final Map<String, List<Requirement>> requirements = new LinkedHashMap<>();
    private final Set<String> required = new HashSet<>();
    private final Set<Integer> scale;

    private RoleRecords(Set<Integer> scale, SheetProblems problems) {
        this.scale = scale;
        this.problems = problems;
    }

    static List<RoleProfile> of(
            SheetRecords records,
            Map<String, FrameworkItem> items,
            Set<Integer> scale,
            String slug,
            SheetProblems problems) {
        RoleRecords roles = new RoleRecords(scale, problems);
        List<RecordRows> rows = records.records(RecordKind.ROLE);
        Set<String> codes = new HashSet<>();
        rows.forEach(role -> codes.add(role.first().key(SheetColumn.CODE)));
        records.requirements().forEach(row -> roles.requirement(row, codes, items));
        return rows.stream().map(role -> roles.role(role, slug)).toList();
    }

    private RoleProfile role(RecordRows rows, String slug) {
        String code = rows.first().key(SheetColumn.CODE);
        return new RoleProfile(
                rows.id(() -> DerivedIdentifiers.role(slug, code)),
                code,
                rows.requiredTexts("title"),
                rows.requiredTexts("mission"),
                rows.eqf(),
                rows.statements("task"),
                rows.statements("deliverable"),
                requirements.getOrDefault(code, List.of()),
                rows.state());
    }

    private void requirement(RequirementRow row, Set<String> roles, Map<String, FrameworkItem> items) {
        Line line = row.line();
        String role = line.key(SheetColumn.CODE);
        String competence = line.key(SheetColumn.PARENT);
        if (!roles.contains(role)) {
            problems.add(line.at(SheetColumn.CODE), "unknownRole", role);
        }
        FrameworkItem item = items.get(competence);
        if (item == null || !item.isCompetence()) {
            problems.add(line.at(SheetColumn.PARENT), "unknownCompetence", competence);
        } else if (!required.add(role + "\n" + competence)) {
            problems.add(line.at(SheetColumn.PARENT), "duplicateRequirement", competence);
        }
        level(line, row.field())
                .ifPresent(level -> requirements
                        .computeIfAbsent(role, r -> new ArrayList<>())
                        .add(new Requirement(
                                competence, level, row.field().name().equals("mandatory"))));
    }

    private Optional<Integer> level(Line line, FieldName field) {
        String value = line.value();
        if (value.isEmpty()) {
            problems.add(line.at(SheetColumn.VALUE), "blank", field.key());
            return Optional.empty();
        }
        Optional<Integer> level = problems.wholeNumber(value, field.key(), line.at(SheetColumn.VALUE));
        level.filter(l -> !scale.contains(l))
                .ifPresent(l ->
                        problems.add(line.at(SheetColumn.VALUE), "levelNotOnScale", line.key(SheetColumn.PARENT), l));
        return level;
    }
}
