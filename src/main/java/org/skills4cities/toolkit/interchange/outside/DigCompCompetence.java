package org.skills4cities.toolkit.interchange.outside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.interchange.outside.DigCompNodes.Node;

/**
 * What one DigComp competence holds besides its name: a descriptor for each of the eight levels, and knowledge,
 * skill and attitude statements.
 *
 * <p>DigComp writes its competence statements for a band of two levels (Basic is levels 1 and 2), and tells the two
 * levels of a band apart only by the general eight-level description. So the descriptor of a level is that level's
 * eight-level description followed by the competence's statements for its band, one a line: DigComp's own words,
 * with nothing added, and no two levels alike. The learning outcomes carry their kind ({@code type}: Knowledge,
 * Skill or Attitude) and become the knowledge, skill and attitude statements; an outcome of another or no kind is
 * read as a skill, with a warning. What the toolkit has no field for stays in the attributes, as lists of DigComp ids
 * separated by {@code " | "}: the statements of each band in descriptor order ({@code competenceStatements.Basic}),
 * the outcomes of each band ({@code learningOutcomes.Basic}) and of each kind in list order
 * ({@code learningOutcomes.knowledge}), and the statements and outcomes by AI label ({@code ai_label.AI-Explicit}).
 */
final class DigCompCompetence {

    private static final String SEPARATOR = " | ";

    private final DigCompNodes nodes;
    private final DigCompScale scale;
    private final Node competence;
    private final Map<String, List<String>> statementsByBand = new LinkedHashMap<>();
    private final List<LocalizedText> knowledge = new ArrayList<>();
    private final List<LocalizedText> skills = new ArrayList<>();
    private final List<LocalizedText> attitudes = new ArrayList<>();
    private final Map<String, List<String>> idLists = new LinkedHashMap<>();

    DigCompCompetence(
            DigCompNodes nodes, DigCompScale scale, Node competence, List<Node> statements, List<Node> outcomes) {
        this.nodes = nodes;
        this.scale = scale;
        this.competence = competence;
        statements.forEach(this::statement);
        outcomes.forEach(this::outcome);
    }

    List<LevelDescriptor> levels() {
        List<LevelDescriptor> levels = new ArrayList<>();
        for (ProficiencyLevel level : scale.levels()) {
            String band = scale.band(level.level());
            List<String> lines = new ArrayList<>();
            lines.add(level.description().english());
            lines.addAll(statementsByBand.getOrDefault(band, List.of()));
            levels.add(new LevelDescriptor(level.level(), LocalizedText.english(String.join("\n", lines))));
        }
        scale.levels().stream()
                .map(level -> scale.band(level.level()))
                .distinct()
                .filter(band -> !statementsByBand.containsKey(band))
                .forEach(band -> nodes.warning(competence.pointer(), "digcompNoStatements", competence.id(), band));
        return levels;
    }

    List<LocalizedText> knowledge() {
        return knowledge;
    }

    List<LocalizedText> skills() {
        return skills;
    }

    List<LocalizedText> attitudes() {
        return attitudes;
    }

    Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        idLists.forEach((name, ids) -> attributes.put(name, String.join(SEPARATOR, ids)));
        return attributes;
    }

    private void statement(Node node) {
        Optional<String> text = nodes.text(node, "description");
        Optional<String> band = band(node);
        if (text.isPresent() && band.isPresent()) {
            statementsByBand.computeIfAbsent(band.get(), b -> new ArrayList<>()).add(text.get());
            note("competenceStatements." + band.get(), node);
            aiLabel(node);
        }
    }

    private void outcome(Node node) {
        Optional<String> text = nodes.text(node, "description");
        Optional<String> band = band(node);
        String kind = nodes.optionalText(node, "type").orElse("");
        if (text.isEmpty() || band.isEmpty()) {
            return;
        }
        LocalizedText statement = LocalizedText.english(text.get());
        switch (kind) {
            case "Knowledge" -> add(knowledge, statement, "learningOutcomes.knowledge", node);
            case "Attitude" -> add(attitudes, statement, "learningOutcomes.attitudes", node);
            default -> {
                if (!kind.equals("Skill")) {
                    nodes.warning(node.pointer() + "/type", "digcompOutcomeType", kind);
                }
                add(skills, statement, "learningOutcomes.skills", node);
            }
        }
        note("learningOutcomes." + band.get(), node);
        aiLabel(node);
    }

    private void add(List<LocalizedText> statements, LocalizedText statement, String list, Node node) {
        statements.add(statement);
        note(list, node);
    }

    private Optional<String> band(Node node) {
        return nodes.text(node, "four_levels_proficiency_name").flatMap(reference -> {
            Optional<String> band = scale.bandNamed(reference);
            if (band.isEmpty()) {
                nodes.problem(
                        node.pointer() + "/four_levels_proficiency_name",
                        "digcompUnknownLink",
                        "four_levels_proficiency_name",
                        reference);
            }
            return band;
        });
    }

    private void aiLabel(Node node) {
        nodes.optionalText(node, "ai_label").ifPresent(label -> note("ai_label." + label, node));
    }

    private void note(String list, Node node) {
        idLists.computeIfAbsent(list, l -> new ArrayList<>()).add(node.id());
    }
}
