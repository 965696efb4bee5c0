package org.skills4cities.toolkit.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of an item bank's JSON tree and, instead of stopping at the first wrong value, notes a
 * problem with its JSON pointer and goes on, so that one pass finds everything wrong with a file.
 */
final class BankNodes {

    private final List<BankProblem> problems = new ArrayList<>();

    List<BankProblem> problems() {
        return problems;
    }

    void problem(String pointer, String key, Object... arguments) {
        problems.add(BankProblem.at(pointer, key, arguments));
    }

    boolean isObject(JsonNode node, String pointer) {
        if (!node.isObject()) {
            problem(pointer, "import.problem.notObject");
            return false;
        }
        return true;
    }

    Optional<String> text(JsonNode parent, String pointer, String field) {
        Optional<JsonNode> node = required(parent, pointer, field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isString()) {
            problem(pointer + "/" + field, "import.problem.notText", field);
            return Optional.empty();
        }
        String value = node.get().stringValue().strip();
        if (value.isEmpty()) {
            problem(pointer + "/" + field, "import.problem.blank", field);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(JsonNode parent, String pointer, String field) {
        Optional<JsonNode> node = required(parent, pointer, field);
        if (node.isPresent() && (!node.get().isIntegralNumber() || !node.get().canConvertToInt())) {
            problem(
                    pointer + "/" + field,
                    "import.problem.notWholeNumber",
                    field,
                    node.get().toString());
            return Optional.empty();
        }
        return node.map(JsonNode::intValue);
    }

    Optional<Boolean> bool(JsonNode parent, String pointer, String field) {
        Optional<JsonNode> node = required(parent, pointer, field);
        if (node.isPresent() && !node.get().isBoolean()) {
            problem(
                    pointer + "/" + field,
                    "import.problem.notTrueOrFalse",
                    field,
                    node.get().toString());
            return Optional.empty();
        }
        return node.map(JsonNode::booleanValue);
    }

    /** The elements of a required list field; a missing or wrong one is a problem and an empty list. */
    List<JsonNode> list(JsonNode parent, String pointer, String field) {
        Optional<JsonNode> node = required(parent, pointer, field);
        if (node.isPresent() && !node.get().isArray()) {
            problem(pointer + "/" + field, "import.problem.notList", field);
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.ifPresent(array -> array.forEach(elements::add));
        return elements;
    }

    /**
     * A text in parallel languages: an object from language code to text, among the toolkit's six, with English, none
     * longer than {@code maxLength}.
     */
    LocalizedText localized(JsonNode parent, String pointer, String field, int maxLength) {
        Optional<JsonNode> node = required(parent, pointer, field);
        String at = pointer + "/" + field;
        if (node.isEmpty()) {
            return LocalizedText.EMPTY;
        }
        if (!node.get().isObject()) {
            problem(at, "import.problem.notLocalizedText", field);
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : node.get().properties()) {
            String language = at + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (Language.ofCode(entry.getKey())
                    .filter(l -> l.code().equals(entry.getKey()))
                    .isEmpty()) {
                problem(language, "exambank.problem.unknownLanguage", entry.getKey());
            } else if (!entry.getValue().isString()) {
                problem(language, "import.problem.notText", field);
            } else if (entry.getValue().stringValue().strip().length() > maxLength) {
                problem(language, "import.problem.tooLong", field, maxLength);
            } else if (!entry.getValue().stringValue().isBlank()) {
                values.put(entry.getKey(), entry.getValue().stringValue().strip());
            }
        }
        if (!values.containsKey(Language.DEFAULT.code())) {
            problem(at, "exambank.problem.englishMissing", field);
        }
        return new LocalizedText(values);
    }

    boolean has(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull();
    }

    private Optional<JsonNode> required(JsonNode parent, String pointer, String field) {
        if (!has(parent, field)) {
            problem(pointer + "/" + field, "import.problem.required", field);
            return Optional.empty();
        }
        return Optional.of(parent.get(field));
    }
}
