package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;

/**
 * The CFRubrics of an export: one rubric per item with level descriptors, with one criterion that points at the item
 * and has the item's levels as its levels ({@code score} and {@code position} = the level).
 */
final class CaseRubrics {

    private final CaseContext context;

    CaseRubrics(CaseContext context) {
        this.context = context;
    }

    List<Map<String, Object>> rubrics() {
        return context.framework()
                .allItems()
                .filter(item -> !item.levels().isEmpty())
                .map(this::rubric)
                .toList();
    }

    private Map<String, Object> rubric(FrameworkItem item) {
        UUID rubricId = context.derived("rubric/" + item.code());
        UUID criterionId = context.derived("criterion/" + item.code());
        List<Map<String, Object>> levels = new ArrayList<>();
        for (LevelDescriptor descriptor : item.levels()) {
            levels.add(level(item, descriptor, criterionId));
        }
        Map<String, Object> criterion = new LinkedHashMap<>();
        criterion.put("identifier", criterionId.toString());
        criterion.put("uri", context.uri("CFRubricCriteria", criterionId));
        criterion.put("category", item.code());
        criterion.put("description", context.text(item.title()));
        criterion.put("CFItemURI", context.link(context.text(item.title()), item.id(), "CFItems"));
        criterion.put("position", 1);
        criterion.put("rubricId", rubricId.toString());
        criterion.put("lastChangeDateTime", context.changed());
        criterion.put("CFRubricCriterionLevels", levels);
        Map<String, Object> rubric = new LinkedHashMap<>();
        rubric.put("identifier", rubricId.toString());
        rubric.put("uri", context.uri("CFRubrics", rubricId));
        rubric.put("title", item.code() + " " + context.text(item.title()));
        rubric.put("lastChangeDateTime", context.changed());
        rubric.put("CFRubricCriteria", List.of(criterion));
        return rubric;
    }

    private Map<String, Object> level(FrameworkItem item, LevelDescriptor descriptor, UUID criterionId) {
        UUID levelId = context.derived("level/" + item.code() + "/" + descriptor.level());
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("identifier", levelId.toString());
        level.put("uri", context.uri("CFRubricCriterionLevels", levelId));
        level.put("description", context.text(descriptor.description()));
        context.framework()
                .proficiencyLevel(descriptor.level())
                .ifPresent(scale -> level.put("quality", context.text(scale.title())));
        level.put("score", descriptor.level());
        level.put("position", descriptor.level());
        level.put("rubricCriterionId", criterionId.toString());
        level.put("lastChangeDateTime", context.changed());
        // the CASE 1.1 schema makes this one extensions field an array of extension objects
        level.put(
                "extensions",
                List.of(Map.of(OwnExtension.NAME, Map.of("description", context.texts(descriptor.description())))));
        return level;
    }
}
