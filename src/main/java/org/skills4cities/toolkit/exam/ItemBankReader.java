package org.skills4cities.toolkit.exam;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an item bank file ({@code skills4cities-item-bank/1}, described in {@code docs/exams.md}) for a framework and
 * collects every problem in it with its JSON pointer: wrong kinds and types, missing English, the option and
 * correct-option counts of each kind, duplicate codes, competences the framework lacks, levels off its scale,
 * over-long texts.
 */
final class ItemBankReader {

    static final String FORMAT = "skills4cities-item-bank/1";
    static final int MAX_ITEMS = 2000;
    static final int MAX_POINTS = 10;
    static final int MAX_CASE = 6000;
    static final int MAX_STEM = 2000;
    static final int MAX_OPTION = 500;
    static final int MAX_EXPLANATION = 2000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern OPTION_ID = Pattern.compile("[a-f]");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItemBankReader() {}

    static BankReading read(byte[] file, Framework framework) {
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            root = JSON.readTree(text);
        } catch (CharacterCodingException notUtf8) {
            return rejected(BankProblem.at("/", "exambank.problem.notUtf8"));
        } catch (JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String location = at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return rejected(BankProblem.at(location, "import.problem.invalidJson", malformed.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return rejected(BankProblem.at("/", "import.problem.notObject"));
        }
        return new Walk(framework).run(root);
    }

    private static BankReading rejected(BankProblem problem) {
        return new BankReading(List.of(), List.of(problem));
    }

    /** One pass over one document. */
    private static final class Walk {

        private final Framework framework;
        private final BankNodes nodes = new BankNodes();
        private final Map<String, String> codes = new HashMap<>();

        Walk(Framework framework) {
            this.framework = framework;
        }

        BankReading run(JsonNode root) {
            nodes.text(root, "", "format")
                    .filter(format -> !format.equals(FORMAT))
                    .ifPresent(format -> nodes.problem("/format", "exambank.problem.format", FORMAT, format));
            nodes.text(root, "", "framework")
                    .filter(slug -> !slug.equals(framework.slug()))
                    .ifPresent(
                            slug -> nodes.problem("/framework", "exambank.problem.framework", framework.slug(), slug));
            List<JsonNode> list = nodes.list(root, "", "items");
            if (list.isEmpty() && nodes.has(root, "items")) {
                nodes.problem("/items", "exambank.problem.noItems");
            }
            if (list.size() > MAX_ITEMS) {
                nodes.problem("/items", "exambank.problem.tooManyItems", MAX_ITEMS);
                return new BankReading(List.of(), nodes.problems());
            }
            List<ExamItem> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                item(list.get(i), "/items/" + i).ifPresent(items::add);
            }
            return new BankReading(nodes.problems().isEmpty() ? items : List.of(), nodes.problems());
        }

        private Optional<ExamItem> item(JsonNode node, String at) {
            if (!nodes.isObject(node, at)) {
                return Optional.empty();
            }
            String code = code(node, at);
            String competence = nodes.text(node, at, "competence").orElse("");
            if (!competence.isEmpty() && framework.competence(competence).isEmpty()) {
                nodes.problem(at + "/competence", "import.problem.unknownCompetence", competence);
            }
            int level = nodes.integer(node, at, "level").orElse(0);
            if (nodes.has(node, "level")
                    && level != 0
                    && framework.proficiencyLevel(level).isEmpty()) {
                nodes.problem(at + "/level", "import.problem.levelNotOnScale", code, level);
            }
            ItemKind kind = kind(node, at, true);
            if (kind == ItemKind.SCENARIO) {
                return Optional.of(scenario(node, at, code, competence, level));
            }
            return Optional.ofNullable(kind).map(k -> choice(node, at, code, k, competence, level));
        }

        private ExamItem scenario(JsonNode node, String at, String code, String competence, int level) {
            for (String scored : List.of("points", "options")) {
                if (nodes.has(node, scored)) {
                    nodes.problem(at + "/" + scored, "exambank.problem.scenarioScored", scored);
                }
            }
            LocalizedText stem = nodes.localized(node, at, "stem", MAX_CASE);
            LocalizedText explanation = nodes.has(node, "explanation")
                    ? nodes.localized(node, at, "explanation", MAX_EXPLANATION)
                    : LocalizedText.EMPTY;
            List<JsonNode> list = nodes.list(node, at, "parts");
            if (nodes.has(node, "parts") && (list.size() < 2 || list.size() > 4)) {
                nodes.problem(at + "/parts", "exambank.problem.scenarioParts", list.size());
            }
            List<ExamItem> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String partAt = at + "/parts/" + i;
                JsonNode part = list.get(i);
                if (nodes.isObject(part, partAt)) {
                    String partCode = code(part, partAt);
                    ItemKind kind = kind(part, partAt, false);
                    if (kind != null) {
                        parts.add(choice(part, partAt, partCode, kind, competence, level));
                    }
                }
            }
            return new ExamItem(code, competence, level, ItemKind.SCENARIO, 0, stem, List.of(), parts, explanation);
        }

        private ExamItem choice(JsonNode node, String at, String code, ItemKind kind, String competence, int level) {
            int points = nodes.integer(node, at, "points").orElse(1);
            if (points < 1 || points > MAX_POINTS) {
                nodes.problem(at + "/points", "exambank.problem.points", points, MAX_POINTS);
            }
            LocalizedText stem = nodes.localized(node, at, "stem", MAX_STEM);
            List<ChoiceOption> options = options(node, at, kind);
            LocalizedText explanation = nodes.localized(node, at, "explanation", MAX_EXPLANATION);
            return new ExamItem(code, competence, level, kind, points, stem, options, List.of(), explanation);
        }

        private List<ChoiceOption> options(JsonNode node, String at, ItemKind kind) {
            List<JsonNode> list = nodes.list(node, at, "options");
            List<ChoiceOption> options = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String optionAt = at + "/options/" + i;
                JsonNode option = list.get(i);
                if (!nodes.isObject(option, optionAt)) {
                    continue;
                }
                String id = nodes.text(option, optionAt, "id").orElse("");
                if (!id.isEmpty() && !OPTION_ID.matcher(id).matches()) {
                    nodes.problem(optionAt + "/id", "exambank.problem.optionId", id);
                } else if (!id.isEmpty() && !ids.add(id)) {
                    nodes.problem(optionAt + "/id", "exambank.problem.duplicateOption", id);
                }
                LocalizedText text = nodes.localized(option, optionAt, "text", MAX_OPTION);
                boolean correct = nodes.bool(option, optionAt, "correct").orElse(false);
                options.add(new ChoiceOption(id, text, correct));
            }
            if (nodes.has(node, "options")) {
                counts(at + "/options", kind, options);
            }
            return options;
        }

        private void counts(String at, ItemKind kind, List<ChoiceOption> options) {
            long correct = options.stream().filter(ChoiceOption::correct).count();
            if (kind == ItemKind.SINGLE_CHOICE) {
                if (options.size() != 4) {
                    nodes.problem(at, "exambank.problem.singleOptions", options.size());
                }
                if (correct != 1) {
                    nodes.problem(at, "exambank.problem.singleCorrect", correct);
                }
            } else {
                if (options.size() < 5 || options.size() > 6) {
                    nodes.problem(at, "exambank.problem.multipleOptions", options.size());
                }
                if (correct < 2 || correct > 3) {
                    nodes.problem(at, "exambank.problem.multipleCorrect", correct);
                }
            }
        }

        private String code(JsonNode node, String at) {
            String code = nodes.text(node, at, "code").orElse("");
            if (code.isEmpty()) {
                return code;
            }
            if (!CODE.matcher(code).matches()) {
                nodes.problem(at + "/code", "exambank.problem.invalidCode", code);
            }
            String first = codes.putIfAbsent(code, at);
            if (first != null) {
                nodes.problem(at + "/code", "import.problem.duplicateCode", code, first);
            }
            return code;
        }

        private @Nullable ItemKind kind(JsonNode node, String at, boolean scenarioAllowed) {
            Optional<String> name = nodes.text(node, at, "kind");
            if (name.isEmpty()) {
                return null;
            }
            ItemKind kind = ItemBankFormat.kind(name.get());
            if (kind == null) {
                nodes.problem(at + "/kind", "exambank.problem.kind", name.get());
            } else if (kind == ItemKind.SCENARIO && !scenarioAllowed) {
                nodes.problem(at + "/kind", "exambank.problem.partKind", name.get());
                return null;
            }
            return kind;
        }
    }
}
