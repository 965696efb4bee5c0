package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Source;
import tools.jackson.databind.JsonNode;

/**
 * The toolkit's own {@code extensions.skills4cities} of a CASE object, which carries what CASE has no field for
 * (every language of a text, statements, sources, the proficiency scale ...). A value of the wrong shape there is
 * reported and read past, so that the CASE fields stand in for it.
 */
final class OwnExtension {

    static final String NAME = "skills4cities";

    private final JsonNode node;
    private final String pointer;
    private final CaseNodes nodes;

    private OwnExtension(JsonNode node, String pointer, CaseNodes nodes) {
        this.node = node;
        this.pointer = pointer;
        this.nodes = nodes;
    }

    /** The extension of a CASE object, if it has one. */
    static Optional<OwnExtension> of(JsonNode object, String pointer, CaseNodes nodes) {
        JsonNode own = object.path("extensions").path(NAME);
        return own.isObject()
                ? Optional.of(new OwnExtension(own, pointer + "/extensions/" + NAME, nodes))
                : Optional.empty();
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            unreadable(field);
            return Optional.empty();
        }
        return Optional.of(value.stringValue());
    }

    Optional<Integer> integer(String field) {
        JsonNode value = node.get(field);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
            unreadable(field);
            return Optional.empty();
        }
        return Optional.ofNullable(value).map(JsonNode::intValue);
    }

    Optional<LocalizedText> localized(String field) {
        return Optional.ofNullable(node.get(field)).flatMap(value -> localized(value, field));
    }

    List<LocalizedText> localizedList(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        List<LocalizedText> texts = new ArrayList<>();
        if (!value.isArray()) {
            unreadable(field);
            return texts;
        }
        value.forEach(element -> localized(element, field).ifPresent(texts::add));
        return texts;
    }

    /** The attributes, sorted by name: what the object's system of origin said that the toolkit keeps as it is. */
    Map<String, String> attributes() {
        Map<String, String> attributes = new TreeMap<>();
        JsonNode value = node.get("attributes");
        if (value == null) {
            return attributes;
        }
        if (!value.isObject()) {
            unreadable("attributes");
            return attributes;
        }
        for (var entry : value.properties()) {
            if (entry.getValue().isString()) {
                attributes.put(entry.getKey(), entry.getValue().stringValue());
            } else {
                unreadable("attributes/" + CaseNodes.escape(entry.getKey()));
            }
        }
        return attributes;
    }

    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        JsonNode value = node.path("sources");
        for (JsonNode source : value) {
            String citation = textOrNull(source, "citation");
            if (citation == null) {
                unreadable("sources");
            } else {
                sources.add(new Source(citation, textOrNull(source, "url")));
            }
        }
        return sources;
    }

    /** The proficiency scale of the framework, if the extension has one. */
    Optional<List<ProficiencyLevel>> scale() {
        JsonNode list = node.get("proficiencyLevels");
        if (list == null) {
            return Optional.empty();
        }
        List<ProficiencyLevel> levels = new ArrayList<>();
        for (JsonNode entry : list) {
            JsonNode level = entry.path("level");
            if (!level.isIntegralNumber() || !level.canConvertToInt()) {
                unreadable("proficiencyLevels");
                continue;
            }
            levels.add(new ProficiencyLevel(
                    level.intValue(),
                    entry.path("eqfLevel").asInt(0),
                    localized(entry.path("title"), "proficiencyLevels").orElse(LocalizedText.EMPTY),
                    localized(entry.path("description"), "proficiencyLevels").orElse(LocalizedText.EMPTY)));
        }
        return Optional.of(levels);
    }

    /** The state of an item or role: active unless the extension says otherwise. */
    ItemState state() {
        return text("state")
                .flatMap(code -> {
                    Optional<ItemState> state = ItemState.ofCode(code);
                    if (state.isEmpty()) {
                        unreadable("state");
                    }
                    return state;
                })
                .orElse(ItemState.ACTIVE);
    }

    /** A text in parallel languages: an object from language code to text. */
    Optional<LocalizedText> localized(JsonNode value, String field) {
        if (!value.isObject()) {
            unreadable(field);
            return Optional.empty();
        }
        Map<String, String> texts = new HashMap<>();
        for (var entry : value.properties()) {
            if (entry.getValue().isString()) {
                texts.put(entry.getKey(), entry.getValue().stringValue());
            }
        }
        return Optional.of(new LocalizedText(texts));
    }

    @Nullable
    String textOrNull(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    void unreadable(String field) {
        nodes.warn(pointer + "/" + field, "caseExtensionUnreadable", field);
    }
}
