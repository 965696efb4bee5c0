package org.skills4cities.toolkit.authoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/**
 * The edits of the API as JSON ({@code {"op": "itemText", "item": "A.1", ...}}) turned into the framework module's
 * {@link FrameworkEdit}s; every missing or unknown field is a problem located at {@code /edits/<n>/<field>}.
 */
final class EditRequests {

    private EditRequests() {}

    /** One edit; {@code op} says which, and the fields it needs are named in the API documentation. */
    record Edit(
            @Nullable String op,
            @Nullable String item,
            @Nullable String role,
            @Nullable String field,
            @Nullable String lang,
            @Nullable String text,
            @Nullable String state,
            @Nullable String competence,
            @Nullable Integer level,
            @Nullable Boolean mandatory,
            @Nullable String parent,
            @Nullable String code,
            @Nullable String type,
            @Nullable Integer eqfLevel) {}

    /** Edits applied together, all or none. */
    record Batch(@Nullable List<Edit> edits) {}

    static List<FrameworkEdit> edits(List<Edit> requests) {
        List<FrameworkEdit> edits = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                edits.add(edit(requests.get(i), "/edits/" + i));
            } catch (FrameworkRejected e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        return edits;
    }

    private static FrameworkEdit edit(Edit e, String at) {
        String op = field(e.op(), at, "op");
        return switch (op) {
            case "itemText" ->
                new FrameworkEdit.ItemText(
                        field(e.item(), at, "item"),
                        field(e.field(), at, "field"),
                        field(e.lang(), at, "lang"),
                        e.text() == null ? "" : e.text());
            case "roleText" ->
                new FrameworkEdit.RoleText(
                        field(e.role(), at, "role"),
                        field(e.field(), at, "field"),
                        field(e.lang(), at, "lang"),
                        e.text() == null ? "" : e.text());
            case "itemState" -> new FrameworkEdit.ItemStateChange(field(e.item(), at, "item"), state(e.state(), at));
            case "roleState" -> new FrameworkEdit.RoleStateChange(field(e.role(), at, "role"), state(e.state(), at));
            case "requirement" ->
                new FrameworkEdit.SetRequirement(
                        field(e.role(), at, "role"),
                        field(e.competence(), at, "competence"),
                        e.level() == null ? 0 : e.level(),
                        Boolean.TRUE.equals(e.mandatory()));
            case "addItem" ->
                new FrameworkEdit.AddItem(
                        e.parent(),
                        field(e.code(), at, "code"),
                        e.type() == null ? "competence" : e.type(),
                        field(e.lang(), at, "lang"),
                        field(e.text(), at, "text"));
            case "addRole" ->
                new FrameworkEdit.AddRole(
                        field(e.code(), at, "code"),
                        e.eqfLevel() == null ? 0 : e.eqfLevel(),
                        field(e.lang(), at, "lang"),
                        field(e.text(), at, "text"));
            default -> throw new FrameworkRejected(List.of(ImportProblem.at(at + "/op", "unknownEdit", op)));
        };
    }

    private static ItemState state(@Nullable String state, String at) {
        String code = field(state, at, "state");
        return ItemState.ofCode(code)
                .orElseThrow(
                        () -> new FrameworkRejected(List.of(ImportProblem.at(at + "/state", "invalidState", code))));
    }

    private static String field(@Nullable String value, String at, String name) {
        if (value == null || value.isBlank()) {
            throw new FrameworkRejected(List.of(ImportProblem.at(at + "/" + name, "required", name)));
        }
        return value;
    }
}
