package org.skills4cities.toolkit.interchange.outside;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.interchange.outside.DigCompNodes.Node;
import tools.jackson.databind.JsonNode;

/**
 * DigComp's eight proficiency levels, which come in four bands of two (Basic, Intermediate, Advanced, Highly
 * advanced). Competence statements and learning outcomes name a band, not a level.
 *
 * <p>DigComp gives its levels no EQF level, but the toolkit's scale needs one. Each level takes its own number as EQF
 * level: DigComp's eight-level scale was modelled on the eight EQF levels, and no closer value exists. This is not an
 * official correspondence, and {@code docs/outside-frameworks.md} says so.
 */
final class DigCompScale {

    private static final String BAND_PREFIX = DigCompNodes.LEVEL + "/";
    private static final Set<String> MAPPED =
            Set.of("@type", "eight_levels_mapping", "four_levels_name", "eight_levels_description");

    private final Map<Integer, ProficiencyLevel> levels = new TreeMap<>();
    private final Map<Integer, String> bands = new HashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private DigCompScale() {}

    static DigCompScale read(DigCompNodes nodes) {
        DigCompScale scale = new DigCompScale();
        for (Node node : nodes.of(DigCompNodes.LEVEL)) {
            scale.add(nodes, node);
        }
        if (nodes.of(DigCompNodes.LEVEL).isEmpty()) {
            nodes.problem("/@graph", "required", DigCompNodes.LEVEL);
        }
        for (int expected = 1; expected <= scale.levels.size(); expected++) {
            if (!scale.levels.containsKey(expected)) {
                nodes.problem("/@graph", "scaleGap", expected, scale.levels.size());
            }
        }
        return scale;
    }

    List<ProficiencyLevel> levels() {
        return List.copyOf(levels.values());
    }

    String band(int level) {
        return bands.get(level);
    }

    /** The band a statement names in {@code four_levels_proficiency_name}: {@code Basic} of ProficiencyLevel/Basic. */
    Optional<String> bandNamed(String reference) {
        if (!reference.startsWith(BAND_PREFIX)) {
            return Optional.empty();
        }
        String band = reference.substring(BAND_PREFIX.length());
        return bands.containsValue(band) ? Optional.of(band) : Optional.empty();
    }

    /**
     * What DigComp says of each level beyond its band and eight-level description, such as {@code level.1.@id} and
     * {@code level.1.six_levels_mapping}.
     */
    Map<String, String> attributes() {
        return attributes;
    }

    private void add(DigCompNodes nodes, Node node) {
        Optional<Integer> number = nodes.integer(node, "eight_levels_mapping");
        Optional<String> band = nodes.text(node, "four_levels_name");
        Optional<String> description = nodes.text(node, "eight_levels_description");
        if (number.isEmpty() || band.isEmpty() || description.isEmpty()) {
            return;
        }
        int level = number.get();
        if (level < 1 || level > 8) {
            nodes.problem(node.pointer() + "/eight_levels_mapping", "digcompLevelNumber", level);
            return;
        }
        if (levels.containsKey(level)) {
            nodes.problem(node.pointer() + "/eight_levels_mapping", "duplicateLevel", level);
            return;
        }
        levels.put(
                level,
                new ProficiencyLevel(
                        level, level, LocalizedText.english(band.get()), LocalizedText.english(description.get())));
        bands.put(level, band.get());
        for (var field : node.json().properties()) {
            if (!MAPPED.contains(field.getKey()) && !field.getValue().isNull()) {
                attributes.put("level." + level + "." + field.getKey(), text(field.getValue()));
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isString() ? Texts.clean(value.stringValue()) : value.toString();
    }
}
