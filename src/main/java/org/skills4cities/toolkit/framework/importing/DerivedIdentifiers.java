package org.skills4cities.toolkit.framework.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifiers of the items and roles a file gives none for: name-based UUIDs (version 3) of the framework id and
 * the code, so that every import of the same file, in any format, gives the same identifiers.
 */
public final class DerivedIdentifiers {

    private DerivedIdentifiers() {}

    public static UUID item(String slug, String code) {
        return nameBased(slug + "/" + code);
    }

    public static UUID role(String slug, String code) {
        return nameBased(slug + "/role/" + code);
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
