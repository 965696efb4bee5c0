package org.skills4cities.toolkit.interchange.outside;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import tools.jackson.databind.JsonNode;

/**
 * The nodes of a DigComp 3.0 data supplement, by type and in file order, each with its JSON pointer. The file is
 * JSON-LD, but its {@code @context} names only the six types (no {@code @vocab}, no {@code @base}, no property), so
 * JSON-LD expansion would drop every text; it is read as plain JSON, and links are the plain {@code @id} strings
 * that fields such as {@code competence_id} repeat. A field that is missing or of the wrong kind is noted as a
 * problem with its pointer, and reading goes on.
 */
final class DigCompNodes {

    static final String AREA = "CompetenceArea";
    static final String COMPETENCE = "Competence";
    static final String LEVEL = "ProficiencyLevel";
    static final String STATEMENT = "CompetenceStatement";
    static final String OUTCOME = "LearningOutcome";
    static final String GLOSSARY = "Glossary";

    private static final Set<String> TYPES = Set.of(AREA, COMPETENCE, LEVEL, STATEMENT, OUTCOME, GLOSSARY);

    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private final Map<String, List<Node>> byType = new HashMap<>();
    private final Map<String, Node> byId = new HashMap<>();

    DigCompNodes(JsonNode root, List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.problems = problems;
        this.warnings = warnings;
        JsonNode graph = root.get("@graph");
        if (graph == null || !graph.isArray()) {
            problem("/@graph", "digcompNoGraph");
            return;
        }
        for (int i = 0; i < graph.size(); i++) {
            add(graph.get(i), "/@graph/" + i);
        }
    }

    /** One node of the graph: its type, its {@code @id} exactly as given, its JSON and where it is in the file. */
    record Node(String type, String id, JsonNode json, String pointer) {}

    List<Node> of(String type) {
        return byType.getOrDefault(type, List.of());
    }

    void problem(String pointer, String code, Object... arguments) {
        problems.add(ImportProblem.at(pointer, code, arguments));
    }

    void warning(String pointer, String code, Object... arguments) {
        warnings.add(ImportProblem.at(pointer, code, arguments));
    }

    /** A text field that must be there and hold some text, without the spaces around it. */
    Optional<String> text(Node node, String field) {
        JsonNode value = node.json().get(field);
        String at = node.pointer() + "/" + field;
        if (value == null || value.isNull()) {
            problem(at, "required", field);
            return Optional.empty();
        }
        if (!value.isString()) {
            problem(at, "notText", field);
            return Optional.empty();
        }
        String text = Texts.clean(value.stringValue());
        if (text.isEmpty()) {
            problem(at, "blank", field);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A text field that may be absent; when it is there, it must be text. */
    Optional<String> optionalText(Node node, String field) {
        JsonNode value = node.json().get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            problem(node.pointer() + "/" + field, "notText", field);
            return Optional.empty();
        }
        return Optional.of(Texts.clean(value.stringValue())).filter(text -> !text.isEmpty());
    }

    Optional<Integer> integer(Node node, String field) {
        JsonNode value = node.json().get(field);
        String at = node.pointer() + "/" + field;
        if (value == null || value.isNull()) {
            problem(at, "required", field);
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at, "notWholeNumber", field, value.toString());
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** The code of a node: what follows the type in its id, {@code 1.1} of {@code Competence/1.1}. */
    Optional<String> code(Node node) {
        String prefix = node.type() + "/";
        if (!node.id().startsWith(prefix) || node.id().length() == prefix.length()) {
            problem(node.pointer() + "/@id", "digcompIdForm", node.id(), node.type());
            return Optional.empty();
        }
        return Optional.of(node.id().substring(prefix.length()));
    }

    /** The node of the given type that a link field names, such as {@code competence_id}. */
    Optional<Node> link(Node node, String field, String type) {
        return text(node, field).flatMap(id -> {
            Node target = byId.get(id);
            if (target == null || !target.type().equals(type)) {
                problem(node.pointer() + "/" + field, "digcompUnknownLink", field, id);
                return Optional.empty();
            }
            return Optional.of(target);
        });
    }

    private void add(JsonNode json, String pointer) {
        if (!json.isObject()) {
            problem(pointer, "notObject");
            return;
        }
        Optional<String> type = rawText(json, pointer, "@type");
        Optional<String> id = rawText(json, pointer, "@id");
        if (type.isEmpty() || id.isEmpty()) {
            return;
        }
        if (!TYPES.contains(type.get())) {
            warning(pointer + "/@type", "digcompUnknownType", type.get());
            return;
        }
        Node node = new Node(type.get(), id.get(), json, pointer);
        Node earlier = byId.putIfAbsent(id.get(), node);
        if (earlier != null) {
            problem(pointer + "/@id", "duplicateId", id.get(), earlier.pointer());
            return;
        }
        byType.computeIfAbsent(type.get(), t -> new ArrayList<>()).add(node);
    }

    /** A required text kept exactly as given, as identifiers are. */
    private Optional<String> rawText(JsonNode json, String pointer, String field) {
        JsonNode value = json.get(field);
        String at = pointer + "/" + field;
        if (value == null || value.isNull()) {
            problem(at, "required", field);
        } else if (!value.isString()) {
            problem(at, "notText", field);
        } else if (value.stringValue().isBlank()) {
            problem(at, "blank", field);
        } else {
            return Optional.of(value.stringValue());
        }
        return Optional.empty();
    }
}
