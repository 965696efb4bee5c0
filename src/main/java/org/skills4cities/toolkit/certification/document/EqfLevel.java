package org.skills4cities.toolkit.certification.document;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A certificate's level read as a level of the European Qualifications Framework when it is written {@code EQF n}
 * (n from 1 to 8), as the certification rules give a role's level: printed as the EQF level in the document's
 * language and exported to ELM as the EQF concept.
 */
final class EqfLevel {

    private static final Pattern EQF = Pattern.compile("EQF\\s*([1-8])", Pattern.CASE_INSENSITIVE);

    private EqfLevel() {}

    static OptionalInt of(@Nullable String level) {
        if (level == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = EQF.matcher(level.strip());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** The EQF level as the concept of the EU's EQF vocabulary, e.g. {@code http://data.europa.eu/snb/eqf/6}. */
    static String concept(int level) {
        return "http://data.europa.eu/snb/eqf/" + level;
    }
}
