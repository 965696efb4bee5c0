package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.interchange.CaseLink.Endpoint;
import tools.jackson.databind.JsonNode;

/**
 * The {@code CFRubrics} of a package: each criterion's levels become level descriptors of the item it points at,
 * numbered by their {@code position} (else their whole {@code score}, else their place in the list); the levels'
 * qualities make the proficiency scale when the package brings none of the toolkit's own.
 */
final class CaseRubricReading {

    private final CaseNodes nodes;
    private final CaseIndex index;
    private final String language;
    private final Map<Integer, List<LevelDescriptor>> levels = new HashMap<>();
    private final Map<Integer, String> qualities = new TreeMap<>();

    CaseRubricReading(CaseNodes nodes, CaseIndex index, String language) {
        this.nodes = nodes;
        this.index = index;
        this.language = language;
    }

    CaseRubricReading read(JsonNode root) {
        List<JsonNode> rubrics = CaseNodes.list(root, "CFRubrics");
        for (int r = 0; r < rubrics.size(); r++) {
            List<JsonNode> criteria = CaseNodes.list(rubrics.get(r), "CFRubricCriteria");
            for (int c = 0; c < criteria.size(); c++) {
                criterion(criteria.get(c), "/CFRubrics/" + r + "/CFRubricCriteria/" + c);
            }
        }
        return this;
    }

    List<LevelDescriptor> levels(CaseEntry entry) {
        return levels.getOrDefault(entry.index(), List.of());
    }

    /** A scale of the levels the rubrics use, titled by their quality, else by their number. */
    List<ProficiencyLevel> scale() {
        List<ProficiencyLevel> scale = new ArrayList<>();
        qualities.forEach((level, quality) -> scale.add(
                new ProficiencyLevel(level, 0, new LocalizedText(Map.of(language, quality)), LocalizedText.EMPTY)));
        return scale;
    }

    private void criterion(JsonNode criterion, String at) {
        Endpoint item = Endpoint.of(criterion.get("CFItemURI"));
        Optional<CaseEntry> entry =
                item == null ? Optional.empty() : index.entry(item).filter(e -> !e.isRole());
        if (entry.isEmpty()) {
            nodes.warn(at + "/CFItemURI", "caseUnknownNode", item == null ? "" : item.name());
            return;
        }
        List<LevelDescriptor> descriptors = levels.computeIfAbsent(entry.get().index(), i -> new ArrayList<>());
        List<JsonNode> list = CaseNodes.list(criterion, "CFRubricCriterionLevels");
        for (int l = 0; l < list.size(); l++) {
            String pointer = at + "/CFRubricCriterionLevels/" + l;
            int level = number(list.get(l), l, pointer);
            if (descriptors.stream().anyMatch(d -> d.level() == level)) {
                nodes.warn(pointer, "duplicateLevel", level);
                continue;
            }
            descriptors.add(new LevelDescriptor(level, text(list.get(l))));
            String quality = CaseNodes.filled(list.get(l), "quality").orElse(String.valueOf(level));
            qualities.putIfAbsent(level, quality);
        }
    }

    private int number(JsonNode level, int place, String pointer) {
        Optional<Integer> position = CaseNodes.integer(level, "position").filter(p -> p >= 1);
        if (position.isPresent()) {
            return position.get();
        }
        JsonNode score = level.path("score");
        if (score.isNumber() && score.doubleValue() >= 1 && score.doubleValue() == Math.rint(score.doubleValue())) {
            return (int) score.doubleValue();
        }
        nodes.warn(pointer, "caseLevelNumber", place + 1);
        return place + 1;
    }

    /** The level's description in every language of the toolkit's extension, else in the package's language. */
    private LocalizedText text(JsonNode level) {
        JsonNode extensions = level.path("extensions");
        for (JsonNode extension : extensions.isArray() ? extensions : List.of(extensions)) {
            JsonNode own = extension.path(OwnExtension.NAME).path("description");
            if (own.isObject()) {
                Map<String, String> texts = new HashMap<>();
                own.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
                return new LocalizedText(texts);
            }
        }
        return CaseNodes.filled(level, "description")
                .or(() -> CaseNodes.filled(level, "quality"))
                .map(text -> new LocalizedText(Map.of(language, text)))
                .orElse(LocalizedText.EMPTY);
    }
}
