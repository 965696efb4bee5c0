package org.skills4cities.toolkit.framework.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.framework.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of a JSON tree and, instead of stopping at the first wrong value, notes a problem with its
 * JSON pointer and goes on, so that one pass over a document finds everything wrong with it.
 */
final class DocumentNodes {

    /** The longest codes, identifiers and versions the database keeps. */
    static final int MAX_CODE = 80;

    /** The longest citation, URI or reference title the database keeps. */
    static final int MAX_SHORT_TEXT = 1000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    private final List<ImportProblem> problems = new ArrayList<>();

    List<ImportProblem> problems() {
        return problems;
    }

    void problem(String pointer, String code, Object... arguments) {
        problems.add(ImportProblem.at(pointer.isEmpty() ? "/" : pointer, code, arguments));
    }

    Optional<String> text(JsonNode parent, String pointer, String field, boolean required) {
        return text(parent, pointer, field, required, MAX_SHORT_TEXT);
    }

    /** A text field that must not be longer than {@code maxLength} characters. */
    Optional<String> text(JsonNode parent, String pointer, String field, boolean required, int maxLength) {
        Optional<Element> present = field(parent, pointer, field, required);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = present.get().node();
        String at = present.get().pointer();
        if (!node.isString()) {
            problem(at, "notText", field);
            return Optional.empty();
        }
        if (node.stringValue().isBlank()) {
            if (required) {
                problem(at, "blank", field);
            }
            return Optional.empty();
        }
        String value = node.stringValue().strip();
        if (value.length() > maxLength) {
            problem(at, "tooLong", field, maxLength);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(JsonNode parent, String pointer, String field, boolean required) {
        Optional<Element> present = field(parent, pointer, field, required);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = present.get().node();
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(present.get().pointer(), "notWholeNumber", field, node.toString());
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    boolean bool(JsonNode parent, String pointer, String field, boolean fallback) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problem(pointer + "/" + field, "notTrueOrFalse", field, node.toString());
            return fallback;
        }
        return node.booleanValue();
    }

    /** The elements of an array field, with their pointers; an absent optional field is an empty list. */
    List<Element> array(JsonNode parent, String pointer, String field, boolean required) {
        Optional<Element> present = field(parent, pointer, field, required);
        if (present.isEmpty()) {
            return List.of();
        }
        JsonNode node = present.get().node();
        String at = present.get().pointer();
        if (!node.isArray()) {
            problem(at, "notList", field);
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Element(node.get(i), at + "/" + i));
        }
        return elements;
    }

    /** The texts of a list field, each a text in parallel languages. */
    List<LocalizedText> localizedList(JsonNode parent, String pointer, String field) {
        return array(parent, pointer, field, false).stream()
                .map(element -> localized(element, field, true))
                .toList();
    }

    boolean isObject(Element element) {
        if (!element.node().isObject()) {
            problem(element.pointer(), "notObject");
            return false;
        }
        return true;
    }

    /**
     * A text in parallel languages: an object from language code to text, or a plain string, which is English.
     * Required texts must hold at least one non-blank value.
     */
    LocalizedText localized(JsonNode parent, String pointer, String field, boolean required) {
        return field(parent, pointer, field, required)
                .map(element -> localized(element, field, required))
                .orElse(LocalizedText.EMPTY);
    }

    LocalizedText localized(Element element, String field, boolean required) {
        JsonNode node = element.node();
        if (node.isString()) {
            return blankCheck(LocalizedText.english(node.stringValue().strip()), element.pointer(), field, required);
        }
        if (!node.isObject()) {
            problem(element.pointer(), "notLocalizedText", field);
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new HashMap<>();
        for (var entry : node.properties()) {
            String at = element.pointer() + "/" + escape(entry.getKey());
            if (!LANGUAGE.matcher(entry.getKey()).matches()) {
                problem(at, "invalidLanguage", entry.getKey());
            } else if (!entry.getValue().isString()) {
                problem(at, "notText", field);
            } else if (!entry.getValue().stringValue().isBlank()) {
                values.put(entry.getKey(), entry.getValue().stringValue().strip());
            }
        }
        return blankCheck(new LocalizedText(values), element.pointer(), field, required);
    }

    List<String> languages(JsonNode parent, String pointer, String field) {
        List<String> languages = new ArrayList<>();
        for (Element element : array(parent, pointer, field, true)) {
            JsonNode node = element.node();
            if (!node.isString() || !LANGUAGE.matcher(node.stringValue()).matches()) {
                problem(element.pointer(), "invalidLanguage", node.isString() ? node.stringValue() : node.toString());
            } else if (languages.contains(node.stringValue())) {
                problem(element.pointer(), "duplicateLanguage", node.stringValue());
            } else {
                languages.add(node.stringValue());
            }
        }
        if (languages.isEmpty() && parent.has(field)) {
            problem(pointer + "/" + field, "blank", field);
        }
        return languages;
    }

    Optional<UUID> uuid(JsonNode parent, String pointer, String field) {
        return text(parent, pointer, field, false).flatMap(value -> {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException notUuid) {
                problem(pointer + "/" + field, "invalidUuid", value);
                return Optional.empty();
            }
        });
    }

    /** The field's node unless it is absent or null, which is a problem when the field is required. */
    private Optional<Element> field(JsonNode parent, String pointer, String field, boolean required) {
        JsonNode node = parent.get(field);
        String at = pointer + "/" + field;
        if (node == null || node.isNull()) {
            if (required) {
                problem(at, "required", field);
            }
            return Optional.empty();
        }
        return Optional.of(new Element(node, at));
    }

    private LocalizedText blankCheck(LocalizedText text, String pointer, String field, boolean required) {
        if (required && text.isBlank()) {
            problem(pointer, "blank", field);
        }
        return text;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A node of the document and its JSON pointer. */
    record Element(JsonNode node, String pointer) {}
}
