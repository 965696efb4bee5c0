package org.skills4cities.toolkit.framework;

import java.util.Map;
import org.skills4cities.toolkit.language.Language;

/** One text written in parallel in several languages, keyed by language code. */
public record LocalizedText(Map<String, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(Language.DEFAULT.code(), text));
    }

    /** The text in the language asked for, else in English, saying which of the two it is. */
    public Localized in(Language language) {
        String text = values.get(language.code());
        if (text != null && !text.isBlank()) {
            return new Localized(text, language, false);
        }
        String english = values.get(Language.DEFAULT.code());
        if (english != null && !english.isBlank()) {
            return new Localized(english, Language.DEFAULT, language != Language.DEFAULT);
        }
        // neither the language asked for nor English: whatever language the text is in, marked as standing in
        return new Localized(firstValue(), Language.DEFAULT, true);
    }

    public String english() {
        return in(Language.DEFAULT).text();
    }

    public boolean isBlank() {
        return values.values().stream().allMatch(String::isBlank);
    }

    private String firstValue() {
        return values.values().stream().findFirst().orElse("");
    }

    /**
     * A text resolved to one language; {@code fallback} is true when it is not in the language asked for (English, or,
     * for a text without English, the language it has).
     */
    public record Localized(String text, Language language, boolean fallback) {}
}
