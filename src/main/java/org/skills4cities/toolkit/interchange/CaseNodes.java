package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.interchange.CaseFields.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the values of a CASE package as leniently as the package allows, and keeps the list of what it read past
 * (warnings, each with its JSON pointer) apart from what makes a framework impossible (errors).
 */
final class CaseNodes {

    /** The longest attribute name the database keeps; longer field names are not kept. */
    private static final int MAX_NAME = 100;

    private final JsonMapper json;
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();

    CaseNodes(JsonMapper json) {
        this.json = json;
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    void warn(String pointer, String code, Object... arguments) {
        warnings.add(ImportProblem.at(pointer, code, arguments));
    }

    void error(String pointer, String code, Object... arguments) {
        errors.add(ImportProblem.at(pointer, code, arguments));
    }

    /**
     * Warns of every field of the object that is null, that CASE does not know, that has an early CASE 1.0 name, or
     * whose value is of another kind than CASE gives it.
     *
     * @param kept whether the reader keeps fields CASE does not know (as attributes) or ignores them
     */
    void check(JsonNode object, String pointer, CaseFields fields, boolean kept) {
        for (var property : object.properties()) {
            String field = property.getKey();
            JsonNode value = property.getValue();
            String at = pointer + "/" + escape(field);
            Kind kind = fields.kindOf(field);
            String currentName = CaseFields.currentName(field);
            if (value.isNull()) {
                warn(at, "caseNull", field);
            } else if (currentName != null) {
                warn(at, "caseOldFieldName", field, currentName);
            } else if (kind == null) {
                warn(at, kept ? "caseUnknownField" : "caseIgnoredField", field);
            } else if (!kind.fits(value)) {
                warn(at, kind.problem, field);
            }
        }
    }

    /** A field's value as text: a string as it is, a number or true/false written out; absent otherwise. */
    static Optional<String> text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !(node.isString() || node.isNumber() || node.isBoolean())) {
            return Optional.empty();
        }
        return Optional.of(node.asString());
    }

    /** A field's text unless it is blank. */
    static Optional<String> filled(JsonNode parent, String field) {
        return text(parent, field).filter(value -> !value.isBlank());
    }

    /** A whole-number field, if it is one. */
    static Optional<Integer> integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    /** The elements of a list field; nothing when the field is absent or not a list. */
    static List<JsonNode> list(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    /** A value as one attribute string: text as it is, anything else as compact JSON. */
    String flat(JsonNode value) {
        return value.isString() ? value.stringValue() : json.writeValueAsString(value);
    }

    /**
     * Every field of the object the toolkit has no place for, as attributes sorted by name; the object's own
     * extensions, except the toolkit's, as one attribute {@code extensions}.
     */
    Map<String, String> attributes(JsonNode object, Set<String> owned) {
        Map<String, String> attributes = new TreeMap<>();
        for (var property : object.properties()) {
            String field = property.getKey();
            JsonNode value = property.getValue();
            if (!owned.contains(field)
                    && !value.isNull()
                    && !field.equals("extensions")
                    && field.length() <= MAX_NAME) {
                attributes.put(field, flat(value));
            }
        }
        JsonNode extensions = object.get("extensions");
        if (extensions instanceof ObjectNode others && others.size() > (others.has(OwnExtension.NAME) ? 1 : 0)) {
            ObjectNode copy = others.deepCopy();
            copy.remove(OwnExtension.NAME);
            attributes.put("extensions", flat(copy));
        }
        return attributes;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
