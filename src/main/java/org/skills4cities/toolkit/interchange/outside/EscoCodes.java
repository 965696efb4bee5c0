package org.skills4cities.toolkit.interchange.outside;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short codes for ESCO concepts, made from the last segment of the concept URI: the first eight characters of a UUID
 * ({@code 7e5147d1}), or the whole segment when it is not a UUID ({@code S5.2.3}, a code of ESCO's skills pillar;
 * {@code 0613}, an ISCED-F field). A code already given to another concept of the file is not given again: the concept
 * gets its whole last segment, else that with a number. The same file gives the same codes at every reading.
 */
final class EscoCodes {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int SHORT = 8;

    private final Set<String> given = new HashSet<>();

    String of(String uri) {
        String segment = uri.substring(uri.lastIndexOf('/') + 1);
        if (segment.isEmpty()) {
            segment = "concept";
        }
        String code = UUID.matcher(segment).matches() ? segment.substring(0, SHORT) : segment;
        if (!given.add(code)) {
            code = segment;
            for (int number = 2; !given.add(code); number++) {
                code = segment + "-" + number;
            }
        }
        return code;
    }
}
