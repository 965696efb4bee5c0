package org.skills4cities.toolkit.interchange.outside;

import java.util.regex.Pattern;

/** Texts as outside files write them, without the spaces and line breaks some leave around them. */
final class Texts {

    /** White space, including the no-break space that {@link String#strip()} keeps. */
    private static final Pattern AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private Texts() {}

    static String clean(String text) {
        return AROUND.matcher(text).replaceAll("");
    }
}
