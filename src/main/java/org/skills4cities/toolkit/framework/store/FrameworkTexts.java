package org.skills4cities.toolkit.framework.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.framework.LocalizedText;

/** The texts of one framework version as read from the database, looked up by subject and field. */
final class FrameworkTexts {

    private final Map<TextKey, Map<String, String>> texts = new HashMap<>();

    void put(UUID subject, String field, String lang, String text) {
        texts.computeIfAbsent(new TextKey(subject, field), k -> new HashMap<>()).put(lang, text);
    }

    LocalizedText get(UUID subject, String field) {
        Map<String, String> values = texts.get(new TextKey(subject, field));
        return values == null ? LocalizedText.EMPTY : new LocalizedText(values);
    }

    /** The numbered entries {@code list:0}, {@code list:1} ... of a subject, up to the first gap. */
    List<LocalizedText> list(UUID subject, String list) {
        List<LocalizedText> entries = new ArrayList<>();
        for (int i = 0; texts.containsKey(new TextKey(subject, TextKey.listEntry(list, i))); i++) {
            entries.add(get(subject, TextKey.listEntry(list, i)));
        }
        return entries;
    }
}
