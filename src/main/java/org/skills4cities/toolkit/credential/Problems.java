package org.skills4cities.toolkit.credential;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The problems found while walking one document, and the small value rules they share. */
final class Problems {

    private final List<ModelProblem> found = new ArrayList<>();

    void add(String pointer, String key, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(pointer.isEmpty() ? "/" : pointer);
        all.addAll(List.of(arguments));
        found.add(new ModelProblem(pointer.isEmpty() ? "/" : pointer, "credential.model." + key, all));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ModelProblem> list() {
        return List.copyOf(found);
    }

    /** An absolute URL (any scheme: {@code https:}, {@code did:}, {@code urn:}) without spaces. */
    static boolean isUrl(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException notUri) {
            return false;
        }
    }

    /** The values of a property that may be one value or an array of them. */
    static List<JsonNode> values(JsonNode node) {
        if (node.isArray()) {
            List<JsonNode> all = new ArrayList<>();
            node.values().forEach(all::add);
            return all;
        }
        return List.of(node);
    }

    /** The strings of a {@code type}: one string or an array of strings; empty when it is neither. */
    static List<String> types(JsonNode type) {
        List<String> all = new ArrayList<>();
        for (JsonNode value : values(type)) {
            if (!value.isString()) {
                return List.of();
            }
            all.add(value.stringValue());
        }
        return all;
    }

    /** An {@code id}: a single URL. */
    void id(JsonNode id, String pointer) {
        if (id.isMissingNode()) {
            return;
        }
        if (id.isArray()) {
            add(pointer, "id-multiple");
        } else if (!id.isString() || !isUrl(id.stringValue())) {
            add(pointer, "id-not-url", id.isString() ? id.stringValue() : id.toString());
        }
    }

    /** A {@code name} or {@code description}: a string, a language value object, or an array of them. */
    void languageValue(JsonNode value, String pointer) {
        if (value.isMissingNode()) {
            return;
        }
        for (JsonNode one : values(value)) {
            boolean plain = one.isString();
            boolean tagged = one.isObject()
                    && one.path("@value").isString()
                    && Set.of("@value", "@language", "@direction").containsAll(one.propertyNames());
            if (!plain && !tagged) {
                add(pointer, "language-value");
                return;
            }
        }
    }

    /** Objects that must name their {@code type} (evidence, status, terms of use, refresh, schema, proof). */
    void typedObjects(JsonNode node, String name) {
        if (node.isMissingNode()) {
            return;
        }
        List<JsonNode> all = values(node);
        for (int i = 0; i < all.size(); i++) {
            JsonNode one = all.get(i);
            String pointer = "/" + name + (node.isArray() ? "/" + i : "");
            if (!one.isObject()) {
                add(pointer, "not-object");
            } else if (!one.has("type")) {
                add(pointer, "type-required", name);
            } else if (types(one.get("type")).isEmpty()) {
                add(pointer + "/type", "type-not-url", one.get("type").toString());
            } else {
                id(one.path("id"), pointer + "/id");
            }
        }
    }
}
