package org.skills4cities.toolkit.interchange;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.StatementKind;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A framework as a 1EdTech CASE 1.1 package (see docs/case.md for the mapping). CASE is written in one language: the
 * package is in the language asked for, and every text in all its languages travels in the {@code extensions} of
 * its object, so that nothing is lost. Identifiers are the framework's own UUIDs; the objects CASE needs that the
 * framework has no identifier for (associations, rubrics, item types) get name-based UUIDs, the same at every export.
 */
@Service
public class CasePackages {

    static final String API = "/ims/case/v1p1";
    private static final String EXTENSION = "skills4cities";

    private final FrameworkCatalogue catalogue;
    private final String baseUrl;

    CasePackages(FrameworkCatalogue catalogue, @Value("${toolkit.base-url}") String baseUrl) {
        this.catalogue = catalogue;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The whole package: CFDocument, CFItems, CFAssociations, CFDefinitions, CFRubrics. */
    public Map<String, Object> of(Framework framework, Language language) {
        Writer writer = new Writer(framework, language, lastChange(framework));
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("CFDocument", writer.document());
        pack.put("CFItems", writer.items());
        pack.put("CFAssociations", writer.associations());
        pack.put("CFDefinitions", writer.definitions());
        pack.put("CFRubrics", writer.rubrics());
        return pack;
    }

    /** The CFDocument alone. */
    public Map<String, Object> document(Framework framework, Language language) {
        return new Writer(framework, language, lastChange(framework)).document();
    }

    private String lastChange(Framework framework) {
        return catalogue.importedAt(framework).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Writes one framework in one language. */
    private final class Writer {

        private final Framework framework;
        private final Language language;
        private final String changed;

        Writer(Framework framework, Language language, String changed) {
            this.framework = framework;
            this.language = language;
            this.changed = changed;
        }

        Map<String, Object> document() {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("identifier", framework.id().toString());
            document.put("uri", uri("CFDocuments", framework.id()));
            document.put("frameworkType", "Competence framework");
            document.put("caseVersion", "1.1");
            document.put("creator", "Skills4Cities Toolkit");
            document.put("title", text(framework.title()));
            document.put("lastChangeDateTime", changed);
            document.put("publisher", "Skills4Cities Toolkit");
            if (!framework.description().isBlank()) {
                document.put("description", text(framework.description()));
            }
            document.put("language", language.code());
            document.put("version", framework.version());
            document.put(
                    "adoptionStatus",
                    switch (framework.status()) {
                        case PUBLISHED -> "Adopted";
                        case RETIRED -> "Deprecated";
                        default -> "Draft";
                    });
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("id", framework.slug());
            own.put("languages", framework.languages());
            own.put("title", framework.title().values());
            own.put("description", framework.description().values());
            List<Map<String, Object>> scale = new ArrayList<>();
            for (ProficiencyLevel level : framework.proficiencyLevels()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("level", level.level());
                entry.put("eqfLevel", level.eqfLevel());
                entry.put("title", level.title().values());
                entry.put("description", level.description().values());
                scale.add(entry);
            }
            own.put("proficiencyLevels", scale);
            document.put("extensions", Map.of(EXTENSION, own));
            return document;
        }

        List<Map<String, Object>> items() {
            List<Map<String, Object>> items = new ArrayList<>();
            framework.allItems().forEach(item -> items.add(item(item)));
            framework.roles().forEach(role -> items.add(role(role)));
            return items;
        }

        private Map<String, Object> item(FrameworkItem item) {
            Map<String, Object> cfItem = new LinkedHashMap<>();
            cfItem.put("identifier", item.id().toString());
            cfItem.put("fullStatement", text(item.title()));
            cfItem.put("CFItemType", typeTitle(item.type()));
            cfItem.put("uri", uri("CFItems", item.id()));
            cfItem.put("humanCodingScheme", item.code());
            if (!item.description().isBlank()) {
                cfItem.put("notes", text(item.description()));
            }
            cfItem.put("language", language.code());
            cfItem.put("CFItemTypeURI", link(typeTitle(item.type()), typeId(item.type()), "CFItemTypes"));
            cfItem.put("lastChangeDateTime", changed);
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("type", item.type());
            own.put("title", item.title().values());
            own.put("description", item.description().values());
            for (StatementKind kind : StatementKind.values()) {
                List<Map<String, String>> statements = item.statements(kind).stream()
                        .map(LocalizedText::values)
                        .toList();
                if (!statements.isEmpty()) {
                    own.put(kind.code(), statements);
                }
            }
            if (!item.sources().isEmpty()) {
                own.put("sources", item.sources());
            }
            cfItem.put("extensions", Map.of(EXTENSION, own));
            return cfItem;
        }

        private Map<String, Object> role(RoleProfile role) {
            Map<String, Object> cfItem = new LinkedHashMap<>();
            cfItem.put("identifier", role.id().toString());
            cfItem.put("fullStatement", text(role.title()));
            cfItem.put("CFItemType", "Role profile");
            cfItem.put("uri", uri("CFItems", role.id()));
            cfItem.put("humanCodingScheme", role.code());
            cfItem.put("notes", text(role.mission()));
            cfItem.put("language", language.code());
            cfItem.put("CFItemTypeURI", link("Role profile", typeId("role-profile"), "CFItemTypes"));
            cfItem.put("lastChangeDateTime", changed);
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("type", "role-profile");
            own.put("eqfLevel", role.eqfLevel());
            own.put("title", role.title().values());
            own.put("mission", role.mission().values());
            own.put("tasks", role.tasks().stream().map(LocalizedText::values).toList());
            own.put(
                    "deliverables",
                    role.deliverables().stream().map(LocalizedText::values).toList());
            cfItem.put("extensions", Map.of(EXTENSION, own));
            return cfItem;
        }

        List<Map<String, Object>> associations() {
            List<Map<String, Object>> associations = new ArrayList<>();
            Map<String, Object> documentLink = link(text(framework.title()), framework.id(), "CFDocuments");
            List<FrameworkItem> top = framework.items();
            for (int i = 0; i < top.size(); i++) {
                childOf(associations, top.get(i), documentLink, i + 1);
            }
            for (RoleProfile role : framework.roles()) {
                associations.add(association(
                        "isChildOf",
                        "role/" + role.code(),
                        link(text(role.title()), role.id(), "CFItems"),
                        documentLink,
                        framework.roles().indexOf(role) + 1,
                        null));
                for (Requirement requirement : role.requirements()) {
                    FrameworkItem competence =
                            framework.competence(requirement.competence()).orElseThrow();
                    associations.add(association(
                            "isRelatedTo",
                            "requirement/" + role.code() + "/" + competence.code(),
                            link(text(role.title()), role.id(), "CFItems"),
                            link(text(competence.title()), competence.id(), "CFItems"),
                            null,
                            Map.of("requiredLevel", requirement.level(), "mandatory", requirement.mandatory())));
                }
            }
            return associations;
        }

        private void childOf(
                List<Map<String, Object>> associations, FrameworkItem item, Map<String, Object> parent, int position) {
            Map<String, Object> self = link(text(item.title()), item.id(), "CFItems");
            associations.add(association("isChildOf", "child/" + item.code(), self, parent, position, null));
            List<ExternalReference> references = item.references();
            for (int i = 0; i < references.size(); i++) {
                ExternalReference reference = references.get(i);
                String target = reference.uri() != null
                        ? reference.uri()
                        : "urn:"
                                + reference.framework().toLowerCase(Locale.ROOT).replace(' ', '-') + ":"
                                + reference.code();
                Map<String, Object> destination = new LinkedHashMap<>();
                destination.put(
                        "title",
                        reference.framework() + (reference.code() == null ? "" : " " + reference.code()) + ": "
                                + text(reference.title()));
                destination.put("identifier", target);
                destination.put("uri", target);
                Map<String, Object> own = new LinkedHashMap<>();
                own.put("framework", reference.framework());
                if (reference.code() != null) {
                    own.put("code", reference.code());
                }
                own.put("title", reference.title().values());
                associations.add(association(
                        "isRelatedTo", "reference/" + item.code() + "/" + i, self, destination, i + 1, own));
            }
            for (int i = 0; i < item.children().size(); i++) {
                childOf(associations, item.children().get(i), self, i + 1);
            }
        }

        private Map<String, Object> association(
                String type,
                String key,
                Map<String, Object> origin,
                Map<String, Object> destination,
                Integer sequence,
                Map<String, Object> own) {
            UUID id = derived("association/" + key);
            Map<String, Object> association = new LinkedHashMap<>();
            association.put("identifier", id.toString());
            association.put("associationType", type);
            if (sequence != null) {
                association.put("sequenceNumber", sequence);
            }
            association.put("uri", uri("CFAssociations", id));
            association.put("originNodeURI", origin);
            association.put("destinationNodeURI", destination);
            association.put("lastChangeDateTime", changed);
            if (own != null) {
                association.put("extensions", Map.of(EXTENSION, own));
            }
            return association;
        }

        Map<String, Object> definitions() {
            List<Map<String, Object>> types = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            framework.allItems().map(FrameworkItem::type).distinct().forEach(codes::add);
            codes.add("role-profile");
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                Map<String, Object> type = new LinkedHashMap<>();
                type.put("identifier", typeId(code).toString());
                type.put("uri", uri("CFItemTypes", typeId(code)));
                type.put("title", typeTitle(code));
                type.put("description", typeTitle(code) + " (" + code + ")");
                type.put("hierarchyCode", String.valueOf(i + 1));
                type.put("typeCode", code);
                type.put("lastChangeDateTime", changed);
                types.add(type);
            }
            return Map.of("CFItemTypes", types);
        }

        /** One rubric a competence: its proficiency levels as the levels of one criterion. */
        List<Map<String, Object>> rubrics() {
            List<Map<String, Object>> rubrics = new ArrayList<>();
            for (FrameworkItem competence : framework.competences()) {
                UUID rubricId = derived("rubric/" + competence.code());
                UUID criterionId = derived("criterion/" + competence.code());
                List<Map<String, Object>> levels = new ArrayList<>();
                for (LevelDescriptor descriptor : competence.levels()) {
                    UUID levelId = derived("level/" + competence.code() + "/" + descriptor.level());
                    Map<String, Object> level = new LinkedHashMap<>();
                    level.put("identifier", levelId.toString());
                    level.put("uri", uri("CFRubricCriterionLevels", levelId));
                    level.put("description", text(descriptor.description()));
                    framework
                            .proficiencyLevel(descriptor.level())
                            .ifPresent(scale -> level.put("quality", text(scale.title())));
                    level.put("score", descriptor.level());
                    level.put("position", descriptor.level());
                    level.put("rubricCriterionId", criterionId.toString());
                    level.put("lastChangeDateTime", changed);
                    // the CASE 1.1 schema makes this one extensions field an array of extension objects
                    level.put(
                            "extensions",
                            List.of(Map.of(
                                    EXTENSION,
                                    Map.of(
                                            "description",
                                            descriptor.description().values()))));
                    levels.add(level);
                }
                Map<String, Object> criterion = new LinkedHashMap<>();
                criterion.put("identifier", criterionId.toString());
                criterion.put("uri", uri("CFRubricCriteria", criterionId));
                criterion.put("category", competence.code());
                criterion.put("description", text(competence.title()));
                criterion.put("CFItemURI", link(text(competence.title()), competence.id(), "CFItems"));
                criterion.put("position", 1);
                criterion.put("rubricId", rubricId.toString());
                criterion.put("lastChangeDateTime", changed);
                criterion.put("CFRubricCriterionLevels", levels);
                Map<String, Object> rubric = new LinkedHashMap<>();
                rubric.put("identifier", rubricId.toString());
                rubric.put("uri", uri("CFRubrics", rubricId));
                rubric.put("title", competence.code() + " " + text(competence.title()));
                rubric.put("lastChangeDateTime", changed);
                rubric.put("CFRubricCriteria", List.of(criterion));
                rubrics.add(rubric);
            }
            return rubrics;
        }

        private String text(LocalizedText text) {
            return text.in(language).text();
        }

        private Map<String, Object> link(String title, UUID id, String collection) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", title);
            link.put("identifier", id.toString());
            link.put("uri", uri(collection, id));
            return link;
        }

        private String uri(String collection, UUID id) {
            return baseUrl + API + "/" + collection + "/" + id;
        }

        private UUID typeId(String type) {
            return derived("item-type/" + type);
        }

        private UUID derived(String key) {
            return UUID.nameUUIDFromBytes((framework.id() + "/" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String typeTitle(String type) {
        return switch (type) {
            case ItemTypes.COMPETENCE_AREA -> "Competence area";
            case ItemTypes.COMPETENCE -> "Competence";
            case "role-profile" -> "Role profile";
            default -> type;
        };
    }
}
