package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.StatementKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CFDocument and CFItems of an export. The CASE fields are in the package's language; everything the toolkit
 * knows of the object, in all languages, goes into its extension, together with the identifier and the attributes it
 * was imported with, so that reading the export back gives the framework again.
 */
final class CaseObjects {

    private final CaseContext context;
    private final CaseDefinitions definitions;
    private final JsonMapper json;

    CaseObjects(CaseContext context, CaseDefinitions definitions, JsonMapper json) {
        this.context = context;
        this.definitions = definitions;
        this.json = json;
    }

    Map<String, Object> document() {
        Framework framework = context.framework();
        Map<String, String> attributes = framework.attributes();
        NativeFields fields = context.fields();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("identifier", framework.id().toString());
        document.put("uri", context.uri("CFDocuments", framework.id()));
        document.put("frameworkType", fields.text(attributes, "frameworkType").orElse("Competence framework"));
        document.put("caseVersion", "1.1");
        document.put("creator", fields.text(attributes, "creator").orElse(CasePackages.TOOLKIT));
        document.put("title", context.text(framework.title()));
        document.put("lastChangeDateTime", context.changed());
        fields.document(document, attributes);
        if (!framework.description().isBlank()) {
            document.put("description", context.text(framework.description()));
        }
        fields.subjects(document, attributes);
        document.put("language", context.language().code());
        document.put("version", framework.version());
        document.put(
                "adoptionStatus",
                switch (framework.status()) {
                    case PUBLISHED -> "Adopted";
                    case RETIRED -> "Deprecated";
                    default -> "Draft";
                });
        fields.documentEnd(document, attributes);
        document.put("extensions", extensions(own(framework), attributes));
        return document;
    }

    List<Map<String, Object>> items() {
        List<Map<String, Object>> items = new ArrayList<>();
        context.framework().allItems().forEach(item -> items.add(item(item)));
        context.framework().roles().forEach(role -> items.add(role(role)));
        return items;
    }

    private Map<String, Object> own(Framework framework) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("id", framework.slug());
        own.put("languages", framework.languages());
        own.put("title", context.texts(framework.title()));
        own.put("description", context.texts(framework.description()));
        List<Map<String, Object>> scale = new ArrayList<>();
        for (ProficiencyLevel level : framework.proficiencyLevels()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", level.level());
            entry.put("eqfLevel", level.eqfLevel());
            entry.put("title", context.texts(level.title()));
            entry.put("description", context.texts(level.description()));
            scale.add(entry);
        }
        own.put("proficiencyLevels", scale);
        own.put("status", framework.status().code());
        if (framework.basedOn() != null) {
            own.put(
                    "basedOn",
                    Map.of(
                            "id",
                            framework.basedOn().slug(),
                            "version",
                            framework.basedOn().version()));
        }
        origin(own, framework.sourceIdentifier(), framework.attributes());
        return own;
    }

    private Map<String, Object> item(FrameworkItem item) {
        String code = item.attributes().getOrDefault(CaseCodes.GIVEN, item.code());
        Map<String, Object> cfItem = new LinkedHashMap<>();
        cfItem.put("identifier", item.id().toString());
        cfItem.put("fullStatement", context.text(item.title()));
        cfItem.put("CFItemType", CaseDefinitions.typeTitle(item.type()));
        cfItem.put("uri", context.uri("CFItems", item.id()));
        cfItem.put("humanCodingScheme", code);
        if (!item.description().isBlank()) {
            cfItem.put("notes", context.text(item.description()));
        }
        context.fields().item(cfItem, item.attributes());
        cfItem.put("language", context.language().code());
        cfItem.put("CFItemTypeURI", definitions.typeLink(item.type()));
        cfItem.put("lastChangeDateTime", context.changed());
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("type", item.type());
        own.put("title", context.texts(item.title()));
        own.put("description", context.texts(item.description()));
        for (StatementKind kind : StatementKind.values()) {
            if (!item.statements(kind).isEmpty()) {
                own.put(kind.code(), context.texts(item.statements(kind)));
            }
        }
        if (!item.sources().isEmpty()) {
            own.put("sources", item.sources().stream().map(CaseObjects::source).toList());
        }
        if (!code.equals(item.code())) {
            own.put("code", item.code());
        }
        origin(own, item.sourceIdentifier(), item.attributes());
        state(own, item.state());
        cfItem.put("extensions", extensions(own, item.attributes()));
        return cfItem;
    }

    private Map<String, Object> role(RoleProfile role) {
        Map<String, Object> cfItem = new LinkedHashMap<>();
        cfItem.put("identifier", role.id().toString());
        cfItem.put("fullStatement", context.text(role.title()));
        cfItem.put("CFItemType", CaseItemReading.ROLE_TITLE);
        cfItem.put("uri", context.uri("CFItems", role.id()));
        cfItem.put("humanCodingScheme", role.code());
        cfItem.put("notes", context.text(role.mission()));
        cfItem.put("language", context.language().code());
        cfItem.put("CFItemTypeURI", definitions.typeLink(CaseItemReading.ROLE_TYPE));
        cfItem.put("lastChangeDateTime", context.changed());
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("type", CaseItemReading.ROLE_TYPE);
        own.put("eqfLevel", role.eqfLevel());
        own.put("title", context.texts(role.title()));
        own.put("mission", context.texts(role.mission()));
        own.put("tasks", context.texts(role.tasks()));
        own.put("deliverables", context.texts(role.deliverables()));
        state(own, role.state());
        cfItem.put("extensions", Map.of(OwnExtension.NAME, own));
        return cfItem;
    }

    private static Map<String, Object> source(Source source) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("citation", source.citation());
        if (source.url() != null) {
            entry.put("url", source.url());
        }
        return entry;
    }

    private static void origin(
            Map<String, Object> own, @Nullable String sourceIdentifier, Map<String, String> attributes) {
        if (sourceIdentifier != null) {
            own.put("sourceIdentifier", sourceIdentifier);
        }
        if (!attributes.isEmpty()) {
            own.put("attributes", new TreeMap<>(attributes));
        }
    }

    private static void state(Map<String, Object> own, ItemState state) {
        if (state != ItemState.ACTIVE) {
            own.put("state", state.code());
        }
    }

    /** The object's extensions: those it was imported with, then the toolkit's own. */
    private Map<String, Object> extensions(Map<String, Object> own, Map<String, String> attributes) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        String kept = attributes.get("extensions");
        if (kept != null) {
            try {
                json.readTree(kept).properties().forEach(entry -> extensions.put(entry.getKey(), entry.getValue()));
            } catch (JacksonException unreadable) {
                // kept only in the toolkit's extension, among the attributes
            }
        }
        extensions.remove(OwnExtension.NAME);
        extensions.put(OwnExtension.NAME, own);
        return extensions;
    }
}
