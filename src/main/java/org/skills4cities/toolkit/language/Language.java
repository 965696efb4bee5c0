package org.skills4cities.toolkit.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the toolkit speaks, named by its ISO 639-1 code and, for the switcher, by its own name. */
public enum Language {
    EN("en", "English"),
    BG("bg", "Български"),
    RO("ro", "Română"),
    DE("de", "Deutsch"),
    ES("es", "Español"),
    EL("el", "Ελληνικά");

    /** The language every text exists in and every other language falls back to. */
    public static final Language DEFAULT = EN;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static Language of(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
