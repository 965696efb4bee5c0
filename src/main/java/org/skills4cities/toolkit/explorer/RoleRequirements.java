package org.skills4cities.toolkit.explorer;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/** A role's requirements grouped by competence area in framework order, as the role page shows them. */
public record RoleRequirements(List<Group> groups) {

    public static RoleRequirements of(Framework framework, RoleProfile role) {
        List<Group> groups = framework.items().stream()
                .map(area -> new Group(
                        area,
                        area.selfAndDescendants()
                                .filter(FrameworkItem::isCompetence)
                                .flatMap(c -> role.requirement(c.code()).map(r -> new Row(c, r)).stream())
                                .toList()))
                .filter(group -> !group.rows().isEmpty())
                .toList();
        return new RoleRequirements(groups);
    }

    public long mandatoryCount() {
        return rows().filter(row -> row.requirement().mandatory()).count();
    }

    public long optionalCount() {
        return rows().filter(row -> !row.requirement().mandatory()).count();
    }

    /** The chart's data: one axis a required competence, with the highest level as its maximum. */
    public String radarJson(int highestLevel) {
        String indicators = rows().map(
                        row -> "{\"name\":\"" + json(row.competence().code()) + "\",\"max\":" + highestLevel + "}")
                .collect(Collectors.joining(","));
        String values =
                rows().map(row -> String.valueOf(row.requirement().level())).collect(Collectors.joining(","));
        return "{\"indicators\":[" + indicators + "],\"values\":[" + values + "]}";
    }

    private Stream<Row> rows() {
        return groups.stream().flatMap(group -> group.rows().stream());
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The requirements of one area. */
    public record Group(FrameworkItem area, List<Row> rows) {}

    /** One required competence. */
    public record Row(FrameworkItem competence, Requirement requirement) {}
}
