package org.skills4cities.toolkit.interchange;

import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * One CFItem as read, before the tree is known: an item without code, children, levels and references yet, or a
 * role profile of the toolkit's own export without requirements.
 *
 * @param index the place in {@code CFItems}
 * @param code the code the package gives, if any
 */
record CaseEntry(
        int index,
        String pointer,
        String identifier,
        @Nullable String uri,
        @Nullable String code,
        @Nullable FrameworkItem item,
        @Nullable RoleProfile role) {

    boolean isRole() {
        return role != null;
    }
}
