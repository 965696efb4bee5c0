package org.skills4cities.toolkit.interchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers of CASE objects: the CASE 1.1 schema accepts only lower-case RFC 4122 UUIDs, so any other identifier
 * a package comes with (an ASN URI, an upper-case or placeholder UUID) stands behind a name-based UUID of its own.
 */
final class CaseIdentifiers {

    private static final Pattern CASE_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private CaseIdentifiers() {}

    /** Whether the identifier is a UUID in the form the CASE 1.1 schema requires. */
    static boolean isCaseUuid(String identifier) {
        return CASE_UUID.matcher(identifier).matches();
    }

    /** The UUID an identifier stands for: itself when it is a CASE UUID, else a UUID derived from its text. */
    static UUID uuidOf(String identifier) {
        return isCaseUuid(identifier) ? UUID.fromString(identifier) : nameBased(identifier);
    }

    /** A version 3 UUID derived from the name, the same for the same name at every run. */
    static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
