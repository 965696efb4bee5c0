package org.skills4cities.toolkit.accreditation;

import org.skills4cities.toolkit.language.NameFolding;

/**
 * Names as search compares them, folded as the registry of certified people folds them ({@link NameFolding}): so that
 * "ΑΘΗΝΑ" finds "Αθήνα", "sofia" finds "Sofía" and "strasse" finds "Straße".
 */
final class Names {

    private Names() {}

    static String folded(String text) {
        return NameFolding.fold(text);
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
