package org.skills4cities.toolkit.accreditation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as search compares them: without accents and other marks (so ş and ș are both s), in lower case, Greek final
 * sigma as sigma, ß as ss; so that "ΑΘΗΝΑ" finds "Αθήνα", "sofia" finds "Sofía" and "strasse" finds "Straße".
 */
final class Names {

    private Names() {}

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('ς', 'σ')
                .replace("ß", "ss")
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
