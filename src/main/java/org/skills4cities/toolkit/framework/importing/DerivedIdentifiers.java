package org.skills4cities.toolkit.framework.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifiers of items and roles that come without one: name-based UUIDs (version 3) of the framework slug and
 * the code, so that every reader of every format gives the same item the same identifier at every import.
 */
public final class DerivedIdentifiers {

    private DerivedIdentifiers() {}

    public static UUID item(String slug, String code) {
        return UUID.nameUUIDFromBytes((slug + "/" + code).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID role(String slug, String code) {
        return UUID.nameUUIDFromBytes((slug + "/role/" + code).getBytes(StandardCharsets.UTF_8));
    }
}
