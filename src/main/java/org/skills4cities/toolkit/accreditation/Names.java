package org.skills4cities.toolkit.accreditation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as search compares them: without accents and other marks, in lower case, Greek final sigma as sigma; so
 * that "ΑΘΗΝΑ" finds "Αθήνα" and "sofia" finds "Sofía".
 */
final class Names {

    private Names() {}

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('ς', 'σ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Whether every word of the query is found in the name. */
    static boolean matches(String name, String query) {
        String folded = folded(name);
        for (String word : folded(query).split(" ")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
