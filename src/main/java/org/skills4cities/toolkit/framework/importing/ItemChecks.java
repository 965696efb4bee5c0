package org.skills4cities.toolkit.framework.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.ProficiencyLevel;

/**
 * The consistency rules of a framework that span more than one value: a scale numbered without gaps, codes and
 * identifiers used once, and a descriptor for every level of the scale on every competence, none repeating another.
 */
final class ItemChecks {

    private final DocumentNodes nodes;
    private final Map<String, String> codes = new HashMap<>();
    private final Map<UUID, String> ids = new HashMap<>();
    private final Map<String, FrameworkItem> items = new HashMap<>();
    private Set<Integer> scale = Set.of();

    ItemChecks(DocumentNodes nodes) {
        this.nodes = nodes;
    }

    void scale(List<ProficiencyLevel> levels) {
        scale = new TreeSet<>();
        for (ProficiencyLevel level : levels) {
            if (!scale.add(level.level())) {
                nodes.problem("/proficiencyLevels", "duplicateLevel", level.level());
            }
        }
        for (int expected = 1; expected <= levels.size(); expected++) {
            if (!scale.contains(expected)) {
                nodes.problem("/proficiencyLevels", "scaleGap", expected, levels.size());
            }
        }
    }

    Set<Integer> scaleLevels() {
        return scale;
    }

    void item(FrameworkItem item, String pointer) {
        String firstUse = codes.putIfAbsent(item.code(), pointer);
        if (firstUse != null) {
            nodes.problem(pointer + "/code", "duplicateCode", item.code(), firstUse);
        }
        String firstId = ids.putIfAbsent(item.id(), pointer);
        if (firstId != null) {
            nodes.problem(pointer + "/id", "duplicateId", item.id(), firstId);
        }
        items.putIfAbsent(item.code(), item);
        if (item.isCompetence() && !scale.isEmpty()) {
            levels(item, pointer);
        }
    }

    FrameworkItem itemWithCode(String code) {
        return items.get(code);
    }

    private void levels(FrameworkItem item, String pointer) {
        Map<Integer, List<LevelDescriptor>> byLevel =
                item.levels().stream().collect(Collectors.groupingBy(LevelDescriptor::level));
        for (int level : scale) {
            if (!byLevel.containsKey(level)) {
                nodes.problem(pointer + "/levels", "levelMissing", item.code(), level);
            }
        }
        byLevel.forEach((level, descriptors) -> {
            if (!scale.contains(level)) {
                nodes.problem(pointer + "/levels", "levelNotOnScale", item.code(), level);
            }
            if (descriptors.size() > 1) {
                nodes.problem(pointer + "/levels", "duplicateLevel", level);
            }
        });
        Map<String, Integer> seen = new HashMap<>();
        for (LevelDescriptor descriptor : item.levels()) {
            String text = descriptor.description().english().strip().toLowerCase(java.util.Locale.ROOT);
            Integer earlier = seen.putIfAbsent(text, descriptor.level());
            if (earlier != null && !text.isEmpty()) {
                nodes.problem(pointer + "/levels", "levelRepeated", item.code(), descriptor.level(), earlier);
            }
        }
    }
}
