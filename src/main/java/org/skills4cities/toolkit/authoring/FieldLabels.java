package org.skills4cities.toolkit.authoring;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.explorer.Page;

/**
 * The fields and values of a comparison or a history as a reader of the page's language sees them: "Level 3" for
 * {@code level:3}, "Skill 2" for {@code skill:1}, "shown" for the state {@code active}. Fields and values the toolkit
 * does not name (attributes of other systems, codes, texts) are shown as they are.
 */
public final class FieldLabels {

    private static final Pattern ENTRY = Pattern.compile("(knowledge|skill|attitude|task|deliverable):(\\d+)");
    private static final Pattern LEVEL = Pattern.compile("level:(\\d+)");
    private static final Pattern PLACE = Pattern.compile("(child|role):(\\d+)");
    private static final Pattern REQUIREMENT = Pattern.compile("requirement:(.+)");
    private static final Pattern REQUIRED = Pattern.compile("(\\d+) (mandatory|optional)");
    private static final Set<String> NAMED = Set.of("title", "description", "mission", "code", "type", "eqf");

    private FieldLabels() {}

    /** The field's name in the page's language, or nothing for a field the toolkit does not name. */
    public static @Nullable String label(Page page, String field) {
        if (field.equals("version")) {
            return page.t("versions.version");
        }
        if (NAMED.contains(field)) {
            return page.t("field.framework." + field);
        }
        Matcher entry = ENTRY.matcher(field);
        if (entry.matches()) {
            return page.t("edit.field." + entry.group(1), Integer.parseInt(entry.group(2)) + 1);
        }
        Matcher place = PLACE.matcher(field);
        if (place.matches()) {
            return page.t("field.framework." + place.group(1), Integer.parseInt(place.group(2)) + 1);
        }
        Matcher level = LEVEL.matcher(field);
        if (level.matches()) {
            return page.t("edit.field.level", Integer.parseInt(level.group(1)));
        }
        Matcher requirement = REQUIREMENT.matcher(field);
        if (requirement.matches()) {
            return page.t("field.framework.requirement", requirement.group(1));
        }
        if (field.equals("state") || field.equals("status")) {
            return page.t("edit.state");
        }
        return null;
    }

    public static @Nullable String value(Page page, String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (field.equals("state")) {
            return page.t("item.state." + value);
        }
        if (field.equals("status")) {
            return page.t("framework.status." + value);
        }
        Matcher required = REQUIRED.matcher(value);
        if (field.startsWith("requirement:") && required.matches()) {
            return page.t("field.framework.required." + required.group(2), required.group(1));
        }
        return value;
    }
}
