package org.skills4cities.toolkit.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a registry search compares names by, so that a name typed in any case, with or without accents, finds the
 * person: {@code ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ}, {@code Γιώργος Παπαδόπουλος} and {@code γιωργος  παπαδοπουλος} fold alike, and so
 * do {@code Ștefan} (comma below) and {@code Ştefan} (cedilla). Letters lose their accents and other combining marks
 * (so Bulgarian {@code й} folds as {@code и}, as people often type it), the Greek final sigma becomes {@code σ}, the
 * Latin letters that do not decompose take their usual spelling without the mark ({@code ß} → {@code ss}, {@code ø}
 * → {@code o}, {@code đ} → {@code d}, {@code ł} → {@code l}, {@code æ} → {@code ae}, {@code œ} → {@code oe}), and
 * any run of white space becomes one space. Store the folded name beside the name and fold the query the same way.
 */
public final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private NameFolding() {}

    /** The search key of a name or of a query typed to find one. */
    public static String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(bare.length() + 4);
        bare.codePoints().forEach(c -> folded.append(letter(c)));
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    private static String letter(int c) {
        return switch (c) {
            case 'ς' -> "σ";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'đ' -> "d";
            case 'ł' -> "l";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı' -> "i";
            default -> Character.toString(c);
        };
    }
}
