package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;

/**
 * What every part of one CASE export shares: the framework, the language the package is written in, the time of
 * its last change, and the way identifiers and URIs of the objects are made.
 */
final class CaseContext {

    private final Framework framework;
    private final Language language;
    private final String changed;
    private final String baseUrl;
    private final NativeFields fields;

    CaseContext(Framework framework, Language language, String changed, String baseUrl, NativeFields fields) {
        this.framework = framework;
        this.language = language;
        this.changed = changed;
        this.baseUrl = baseUrl;
        this.fields = fields;
    }

    Framework framework() {
        return framework;
    }

    Language language() {
        return language;
    }

    String changed() {
        return changed;
    }

    NativeFields fields() {
        return fields;
    }

    /** The text in the package's language, else in English. */
    String text(LocalizedText text) {
        return text.in(language).text();
    }

    /** All languages of a text, in the framework's order of languages and then by code, the same at every export. */
    Map<String, String> texts(LocalizedText text) {
        Map<String, String> texts = new LinkedHashMap<>();
        framework.languages().stream()
                .filter(text.values()::containsKey)
                .forEach(code -> texts.put(code, text.values().get(code)));
        text.values().keySet().stream()
                .sorted()
                .forEach(code -> texts.putIfAbsent(code, text.values().get(code)));
        return texts;
    }

    List<Map<String, String>> texts(List<LocalizedText> texts) {
        List<Map<String, String>> list = new ArrayList<>();
        texts.forEach(text -> list.add(texts(text)));
        return list;
    }

    Map<String, Object> link(String title, UUID id, String collection) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", title);
        link.put("identifier", id.toString());
        link.put("uri", uri(collection, id));
        return link;
    }

    String uri(String collection, UUID id) {
        return baseUrl + CasePackages.API + "/" + collection + "/" + id;
    }

    /** A name-based UUID for an object the framework has no identifier for, the same at every export. */
    UUID derived(String key) {
        return CaseIdentifiers.nameBased(framework.id() + "/" + key);
    }
}
