package org.skills4cities.toolkit.framework.web;

import java.util.ArrayList;
import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;

/** Resolves the texts of one answer object to a language and remembers which of its fields fell back to English. */
final class Translation {

    private final Language language;
    private final List<String> fallback = new ArrayList<>();

    Translation(Language language) {
        this.language = language;
    }

    /** The text in the language, else English; a text that exists in no language is empty, not a fallback. */
    String text(String field, LocalizedText text) {
        if (text.isBlank()) {
            return "";
        }
        LocalizedText.Localized localized = text.in(language);
        if (localized.fallback()) {
            fallback.add(field);
        }
        return localized.text();
    }

    List<String> texts(String field, List<LocalizedText> texts) {
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            resolved.add(text(field + "/" + i, texts.get(i)));
        }
        return resolved;
    }

    /** The fields whose text is English standing in for the language asked for, as JSON pointers in the object. */
    List<String> fallback() {
        return List.copyOf(fallback);
    }
}
