package org.skills4cities.toolkit.interchange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * The CFAssociations of an export: the tree as {@code isChildOf}, role requirements and external references as
 * {@code isRelatedTo} (or as the CASE association type a reference was imported from).
 */
final class CaseAssociations {

    private static final Set<String> CASE_TYPES = Set.of(
            "isPeerOf",
            "isPartOf",
            "exactMatchOf",
            "precedes",
            "isRelatedTo",
            "replacedBy",
            "exemplar",
            "hasSkillLevel",
            "isTranslationOf");

    private final CaseContext context;
    private final List<Map<String, Object>> associations = new ArrayList<>();

    CaseAssociations(CaseContext context) {
        this.context = context;
    }

    List<Map<String, Object>> associations() {
        Framework framework = context.framework();
        Map<String, Object> document = context.link(context.text(framework.title()), framework.id(), "CFDocuments");
        List<FrameworkItem> top = framework.items();
        for (int i = 0; i < top.size(); i++) {
            childOf(top.get(i), document, i + 1);
        }
        List<RoleProfile> roles = framework.roles();
        for (int i = 0; i < roles.size(); i++) {
            RoleProfile role = roles.get(i);
            Map<String, Object> self = context.link(context.text(role.title()), role.id(), "CFItems");
            add(CaseLink.CHILD_OF, "role/" + role.code(), self, document, i + 1, null);
            for (Requirement requirement : role.requirements()) {
                requirement(role, self, requirement);
            }
        }
        return associations;
    }

    private void requirement(RoleProfile role, Map<String, Object> self, Requirement requirement) {
        FrameworkItem competence =
                context.framework().item(requirement.competence()).orElseThrow();
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("requiredLevel", requirement.level());
        own.put("mandatory", requirement.mandatory());
        add(
                "isRelatedTo",
                "requirement/" + role.code() + "/" + competence.code(),
                self,
                context.link(context.text(competence.title()), competence.id(), "CFItems"),
                null,
                own);
    }

    private void childOf(FrameworkItem item, Map<String, Object> parent, int position) {
        Map<String, Object> self = context.link(context.text(item.title()), item.id(), "CFItems");
        add(CaseLink.CHILD_OF, "child/" + item.code(), self, parent, position, null);
        List<ExternalReference> references = item.references();
        for (int i = 0; i < references.size(); i++) {
            reference(item, self, references.get(i), i);
        }
        for (int i = 0; i < item.children().size(); i++) {
            childOf(item.children().get(i), self, i + 1);
        }
    }

    private void reference(FrameworkItem item, Map<String, Object> self, ExternalReference reference, int i) {
        String target = target(reference);
        Map<String, Object> destination = new LinkedHashMap<>();
        destination.put(
                "title",
                reference.framework() + (reference.code() == null ? "" : " " + reference.code()) + ": "
                        + context.text(reference.title()));
        destination.put("identifier", target);
        destination.put("uri", target);
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("framework", reference.framework());
        if (reference.code() != null) {
            own.put("code", reference.code());
        }
        if (reference.uri() != null) {
            own.put("uri", reference.uri());
        }
        own.put("title", context.texts(reference.title()));
        String type = CASE_TYPES.contains(reference.framework())
                        || reference.framework().matches("ext:[a-zA-Z0-9.\\-_]+")
                ? reference.framework()
                : "isRelatedTo";
        add(type, "reference/" + item.code() + "/" + i, self, destination, i + 1, own);
    }

    /** The outside item's URI, else a URN made of the scheme and the code. */
    private static String target(ExternalReference reference) {
        if (reference.uri() != null && NativeFields.isUri(reference.uri())) {
            return reference.uri();
        }
        String scheme = reference.framework().toLowerCase(Locale.ROOT).replace(' ', '-');
        String name = reference.code() != null ? reference.code() : String.valueOf(reference.uri());
        return "urn:" + encode(scheme) + ":" + encode(name);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    private void add(
            String type,
            String key,
            Map<String, Object> origin,
            Map<String, Object> destination,
            @Nullable Integer sequence,
            @Nullable Map<String, Object> own) {
        UUID id = context.derived("association/" + key);
        Map<String, Object> association = new LinkedHashMap<>();
        association.put("identifier", id.toString());
        association.put("associationType", type);
        if (sequence != null) {
            association.put("sequenceNumber", sequence);
        }
        association.put("uri", context.uri("CFAssociations", id));
        association.put("originNodeURI", origin);
        association.put("destinationNodeURI", destination);
        association.put("lastChangeDateTime", context.changed());
        if (own != null) {
            association.put("extensions", Map.of(OwnExtension.NAME, own));
        }
        associations.add(association);
    }
}
