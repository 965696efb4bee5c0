package org.skills4cities.toolkit.framework.store;

import java.util.UUID;

/** Where one text of a framework is kept: the thing it belongs to and which of its texts it is. */
record TextKey(UUID subject, String field) {

    static String level(int level) {
        return "level:" + level;
    }

    static String listEntry(String list, int index) {
        return list + ":" + index;
    }

    static String scale(int level, String part) {
        return "scale:" + level + ":" + part;
    }
}
