package org.skills4cities.toolkit.framework.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.RoleComparison;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;

/** The API shape of a role comparison: one row a competence, each role's requirement or null, and whether they differ. */
record ComparisonView(String framework, String language, List<RoleColumn> roles, List<RowView> rows) {

    static ComparisonView of(String framework, RoleComparison comparison, Language language) {
        List<RoleProfile> roles = comparison.roles();
        List<RowView> rows = comparison.rows().stream()
                .map(row -> {
                    Map<String, @Nullable Cell> cells = new LinkedHashMap<>();
                    for (int i = 0; i < roles.size(); i++) {
                        cells.put(
                                roles.get(i).code(),
                                row.cell(i)
                                        .map(r -> new Cell(r.level(), r.mandatory()))
                                        .orElse(null));
                    }
                    return new RowView(
                            row.competence().code(),
                            row.competence().title().in(language).text(),
                            row.area().code(),
                            cells,
                            row.differs());
                })
                .toList();
        List<RoleColumn> columns = roles.stream()
                .map(r -> new RoleColumn(r.code(), r.title().in(language).text()))
                .toList();
        return new ComparisonView(framework, language.code(), columns, rows);
    }

    record RoleColumn(String code, String title) {}

    @JsonInclude(Include.ALWAYS)
    record RowView(
            String competence, String title, String area, Map<String, @Nullable Cell> requirements, boolean differs) {}

    record Cell(int level, boolean mandatory) {}
}
