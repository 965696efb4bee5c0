package org.skills4cities.toolkit.framework.importing;

import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ItemState;

/**
 * One change a content editor makes to a draft. Items and roles are named by code; texts by field ({@code title},
 * {@code description}, {@code mission}, {@code level:3}, {@code knowledge:0}, {@code skill:2}, {@code attitude:1},
 * {@code task:0}, {@code deliverable:1}) and language. Setting a list entry one past the end adds it; setting a text
 * to blank removes it in that language.
 */
public sealed interface FrameworkEdit {

    /** Sets one text of an item. */
    record ItemText(String item, String field, String lang, String text) implements FrameworkEdit {}

    /** Sets one text of a role. */
    record RoleText(String role, String field, String lang, String text) implements FrameworkEdit {}

    /** Shows, hides or retires an item. */
    record ItemStateChange(String item, ItemState state) implements FrameworkEdit {}

    /** Shows or hides a role. */
    record RoleStateChange(String role, ItemState state) implements FrameworkEdit {}

    /** Sets what a role requires of a competence; a level of zero removes the requirement. */
    record SetRequirement(String role, String competence, int level, boolean mandatory) implements FrameworkEdit {}

    /** Adds an item under a parent (at the top without one) with its title in one language. */
    record AddItem(@Nullable String parent, String code, String type, String lang, String title)
            implements FrameworkEdit {}

    /** Adds a role with its title in one language. */
    record AddRole(String code, int eqfLevel, String lang, String title) implements FrameworkEdit {}
}
