package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code CFDefinitions} of an export: one item type per type the framework uses (and "Role profile" when it has
 * roles). A type that an imported package defined keeps that definition's identifier, description and codes, which
 * the framework keeps in its attribute {@code CFDefinitions}.
 */
final class CaseDefinitions {

    static final String ATTRIBUTE = "CFDefinitions";

    private final CaseContext context;
    private final List<String> types = new ArrayList<>();
    private final Map<String, JsonNode> defined = new HashMap<>();

    CaseDefinitions(CaseContext context, JsonMapper json) {
        this.context = context;
        Framework framework = context.framework();
        framework.allItems().map(FrameworkItem::type).distinct().forEach(types::add);
        if (!framework.roles().isEmpty()) {
            types.add(CaseItemReading.ROLE_TYPE);
        }
        String kept = framework.attributes().get(ATTRIBUTE);
        if (kept != null) {
            try {
                json.readTree(kept).path("CFItemTypes").forEach(this::keep);
            } catch (JacksonException unreadable) {
                // an attribute edited into something else than JSON: the types get definitions of their own
            }
        }
    }

    static String typeTitle(String type) {
        return switch (type) {
            case ItemTypes.COMPETENCE_AREA -> "Competence area";
            case ItemTypes.COMPETENCE -> "Competence";
            case CaseItemReading.ROLE_TYPE -> CaseItemReading.ROLE_TITLE;
            default -> type;
        };
    }

    /** The identifier of the type's definition: the one the type came with when that was a CASE UUID. */
    UUID typeId(String type) {
        JsonNode definition = defined.get(type);
        String identifier =
                definition == null ? "" : definition.path("identifier").asString("");
        return CaseIdentifiers.isCaseUuid(identifier)
                ? UUID.fromString(identifier)
                : context.derived("item-type/" + type);
    }

    Map<String, Object> typeLink(String type) {
        return context.link(typeTitle(type), typeId(type), "CFItemTypes");
    }

    Map<String, Object> definitions() {
        List<Map<String, Object>> itemTypes = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            itemTypes.add(itemType(types.get(i), i + 1));
        }
        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put("CFConcepts", List.of());
        definitions.put("CFSubjects", List.of());
        definitions.put("CFLicenses", List.of());
        definitions.put("CFItemTypes", itemTypes);
        definitions.put("CFAssociationGroupings", List.of());
        return definitions;
    }

    private Map<String, Object> itemType(String code, int position) {
        JsonNode definition = defined.get(code);
        String title = typeTitle(code);
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("identifier", typeId(code).toString());
        type.put("uri", context.uri("CFItemTypes", typeId(code)));
        type.put("title", title);
        type.put("description", kept(definition, "description", title + " (" + code + ")"));
        type.put("hierarchyCode", kept(definition, "hierarchyCode", String.valueOf(position)));
        type.put("typeCode", kept(definition, "typeCode", code));
        type.put("lastChangeDateTime", context.changed());
        return type;
    }

    private void keep(JsonNode definition) {
        String title = definition.path("title").asString("");
        if (types.contains(title)) {
            defined.putIfAbsent(title, definition);
        }
    }

    private static String kept(@Nullable JsonNode definition, String field, String fallback) {
        if (definition == null || !definition.path(field).isString()) {
            return fallback;
        }
        return definition.path(field).stringValue();
    }
}
