package org.skills4cities.toolkit.interchange;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the attributes an imported framework or item keeps from CASE back into the CASE 1.1 fields they came from,
 * where the value has the shape the CASE 1.1 schema asks for there. The attributes travel in the toolkit's extension
 * as well, so a value that does not fit is not lost.
 */
final class NativeFields {

    private static final List<String> ITEM_TEXTS =
            List.of("alternativeLabel", "listEnumeration", "abbreviatedStatement");
    private static final List<String> DATES = List.of("statusStartDate", "statusEndDate");

    private final JsonMapper json;

    NativeFields(JsonMapper json) {
        this.json = json;
    }

    /** The CFItem fields the toolkit has no field for: labels, keywords, subjects, education levels, licence. */
    void item(Map<String, Object> cfItem, Map<String, String> attributes) {
        ITEM_TEXTS.forEach(field -> text(attributes, field).ifPresent(value -> cfItem.put(field, value)));
        list(attributes, "conceptKeywords").ifPresent(value -> cfItem.put("conceptKeywords", value));
        link(attributes, "conceptKeywordsURI").ifPresent(value -> cfItem.put("conceptKeywordsURI", value));
        list(attributes, "subject").ifPresent(value -> cfItem.put("subject", value));
        links(attributes, "subjectURI").ifPresent(value -> cfItem.put("subjectURI", value));
        list(attributes, "educationLevel")
                .or(() -> list(attributes, "educationalLevel"))
                .ifPresent(value -> cfItem.put("educationLevel", value));
        link(attributes, "licenseURI").ifPresent(value -> cfItem.put("licenseURI", value));
        dates(cfItem, attributes);
    }

    /** The CFDocument fields the toolkit has no field for, after its own {@code title} and before {@code language}. */
    void document(Map<String, Object> document, Map<String, String> attributes) {
        uri(attributes, "officialSourceURL").ifPresent(value -> document.put("officialSourceURL", value));
        document.put("publisher", text(attributes, "publisher").orElse(CasePackages.TOOLKIT));
    }

    /** The CFDocument fields that CASE puts after its {@code adoptionStatus}. */
    void documentEnd(Map<String, Object> document, Map<String, String> attributes) {
        dates(document, attributes);
        link(attributes, "licenseURI").ifPresent(value -> document.put("licenseURI", value));
        text(attributes, "notes").ifPresent(value -> document.put("notes", value));
    }

    /** The subjects of a document, which CASE puts before its language. */
    void subjects(Map<String, Object> document, Map<String, String> attributes) {
        list(attributes, "subject").ifPresent(value -> document.put("subject", value));
        links(attributes, "subjectURI").ifPresent(value -> document.put("subjectURI", value));
    }

    Optional<String> text(Map<String, String> attributes, String field) {
        return Optional.ofNullable(attributes.get(field)).filter(value -> !value.isBlank());
    }

    private void dates(Map<String, Object> target, Map<String, String> attributes) {
        for (String field : DATES) {
            text(attributes, field).filter(NativeFields::isDate).ifPresent(value -> target.put(field, value));
        }
    }

    /** A list of texts: the attribute as a JSON list of texts, or the attribute's one text. */
    private Optional<List<String>> list(Map<String, String> attributes, String field) {
        return text(attributes, field).map(value -> {
            Optional<JsonNode> parsed = parse(value).filter(JsonNode::isArray);
            if (parsed.isEmpty()) {
                return List.of(value);
            }
            List<String> texts = new ArrayList<>();
            parsed.get().forEach(element -> {
                if (element.isString()) {
                    texts.add(element.stringValue());
                }
            });
            return texts.size() == parsed.get().size() ? texts : List.of(value);
        });
    }

    private Optional<Map<String, Object>> link(Map<String, String> attributes, String field) {
        return text(attributes, field).flatMap(this::parse).flatMap(NativeFields::link);
    }

    private Optional<List<Map<String, Object>>> links(Map<String, String> attributes, String field) {
        Optional<JsonNode> parsed = text(attributes, field).flatMap(this::parse).filter(JsonNode::isArray);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> links = new ArrayList<>();
        parsed.get().forEach(element -> link(element).ifPresent(links::add));
        return links.size() == parsed.get().size() ? Optional.of(links) : Optional.empty();
    }

    /** A CASE link (title, identifier, URI), if the node is one. */
    private static Optional<Map<String, Object>> link(JsonNode node) {
        if (!node.isObject() || node.size() != 3) {
            return Optional.empty();
        }
        Map<String, Object> link = new LinkedHashMap<>();
        for (String field : List.of("title", "identifier", "uri")) {
            if (!node.path(field).isString()) {
                return Optional.empty();
            }
            link.put(field, node.path(field).stringValue());
        }
        return isUri((String) link.get("uri")) ? Optional.of(link) : Optional.empty();
    }

    private Optional<String> uri(Map<String, String> attributes, String field) {
        return text(attributes, field).filter(NativeFields::isUri);
    }

    private Optional<JsonNode> parse(String value) {
        try {
            return Optional.of(json.readTree(value));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    static boolean isUri(String value) {
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException notUri) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            return value.length() == 10 && LocalDate.parse(value) != null;
        } catch (DateTimeParseException notDate) {
            return false;
        }
    }
}
