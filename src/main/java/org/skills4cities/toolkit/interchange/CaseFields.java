package org.skills4cities.toolkit.interchange;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields CASE 1.0 and 1.1 give a document, an item and an association, with the kind of value each holds, and
 * the CASE 1.0 drafts' names that later changed. What a package says outside these is a deviation the reader
 * reports.
 */
enum CaseFields {
    PACKAGE(Map.of(
            "CFDocument", Kind.OBJECT,
            "CFItems", Kind.LIST,
            "CFAssociations", Kind.LIST,
            "CFDefinitions", Kind.OBJECT,
            "CFRubrics", Kind.LIST,
            "extensions", Kind.OBJECT)),
    DOCUMENT(Map.ofEntries(
            Map.entry("identifier", Kind.TEXT),
            Map.entry("uri", Kind.TEXT),
            Map.entry("frameworkType", Kind.TEXT),
            Map.entry("caseVersion", Kind.TEXT),
            Map.entry("creator", Kind.TEXT),
            Map.entry("title", Kind.TEXT),
            Map.entry("lastChangeDateTime", Kind.TEXT),
            Map.entry("officialSourceURL", Kind.TEXT),
            Map.entry("publisher", Kind.TEXT),
            Map.entry("description", Kind.TEXT),
            Map.entry("subject", Kind.TEXT_OR_LIST),
            Map.entry("subjectURI", Kind.LIST),
            Map.entry("language", Kind.TEXT),
            Map.entry("version", Kind.TEXT),
            Map.entry("adoptionStatus", Kind.TEXT),
            Map.entry("statusStartDate", Kind.TEXT),
            Map.entry("statusEndDate", Kind.TEXT),
            Map.entry("licenseURI", Kind.OBJECT),
            Map.entry("notes", Kind.TEXT),
            Map.entry("extensions", Kind.OBJECT),
            Map.entry("CFPackageURI", Kind.OBJECT))),
    ITEM(Map.ofEntries(
            Map.entry("identifier", Kind.TEXT),
            Map.entry("fullStatement", Kind.TEXT),
            Map.entry("alternativeLabel", Kind.TEXT),
            Map.entry("CFItemType", Kind.TEXT),
            Map.entry("uri", Kind.TEXT),
            Map.entry("humanCodingScheme", Kind.TEXT),
            Map.entry("listEnumeration", Kind.TEXT),
            Map.entry("abbreviatedStatement", Kind.TEXT),
            Map.entry("conceptKeywords", Kind.LIST),
            Map.entry("conceptKeywordsURI", Kind.OBJECT),
            Map.entry("notes", Kind.TEXT),
            Map.entry("subject", Kind.LIST),
            Map.entry("subjectURI", Kind.LIST),
            Map.entry("language", Kind.TEXT),
            Map.entry("educationLevel", Kind.TEXT_OR_LIST),
            Map.entry("CFItemTypeURI", Kind.OBJECT),
            Map.entry("licenseURI", Kind.OBJECT),
            Map.entry("statusStartDate", Kind.TEXT),
            Map.entry("statusEndDate", Kind.TEXT),
            Map.entry("lastChangeDateTime", Kind.TEXT),
            Map.entry("extensions", Kind.OBJECT),
            Map.entry("CFDocumentURI", Kind.OBJECT))),
    ASSOCIATION(Map.ofEntries(
            Map.entry("identifier", Kind.TEXT),
            Map.entry("associationType", Kind.TEXT),
            Map.entry("sequenceNumber", Kind.NUMBER),
            Map.entry("uri", Kind.TEXT),
            Map.entry("originNodeURI", Kind.OBJECT),
            Map.entry("destinationNodeURI", Kind.OBJECT),
            Map.entry("CFAssociationGroupingURI", Kind.OBJECT),
            Map.entry("lastChangeDateTime", Kind.TEXT),
            Map.entry("notes", Kind.TEXT),
            Map.entry("extensions", Kind.OBJECT),
            Map.entry("CFDocumentURI", Kind.OBJECT)));

    /** Field names of early CASE 1.0 packages, with the name CASE settled on. */
    private static final Map<String, String> OLD_NAMES = Map.of("educationalLevel", "educationLevel");

    private final Map<String, Kind> kinds;

    CaseFields(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** The kind of value CASE gives the field, or null when CASE has no such field. */
    @Nullable
    Kind kindOf(String field) {
        return kinds.get(field);
    }

    /** The name CASE settled on for an early field name, or null. */
    static @Nullable String currentName(String field) {
        return OLD_NAMES.get(field);
    }

    /** The shapes of JSON values CASE fields hold, each with the problem code for a value of another shape. */
    enum Kind {
        TEXT("caseNotText"),
        LIST("caseNotList"),
        /** A list, or in CASE 1.0 a single text. */
        TEXT_OR_LIST("caseNotList"),
        OBJECT("caseNotObject"),
        NUMBER("caseNotNumber");

        final String problem;

        Kind(String problem) {
            this.problem = problem;
        }

        boolean fits(JsonNode node) {
            return switch (this) {
                case TEXT -> node.isString();
                case LIST -> node.isArray();
                case TEXT_OR_LIST -> node.isArray() || node.isString();
                case OBJECT -> node.isObject();
                case NUMBER -> node.isIntegralNumber() && node.canConvertToInt();
            };
        }
    }
}
