package org.skills4cities.toolkit.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.StatementKind;
import tools.jackson.databind.JsonNode;

/**
 * Reads one CFItem: the texts in the document's language from the CASE fields, or in every language from the
 * toolkit's own extension when the package is one of its exports; what the toolkit has no field for becomes an
 * attribute.
 */
final class CaseItemReading {

    static final String ROLE_TYPE = "role-profile";
    static final String ROLE_TITLE = "Role profile";

    /** The type of an item whose CFItemType is not given. */
    static final String DEFAULT_TYPE = "item";

    static final int MAX_TYPE = 200;

    private static final Set<String> OWNED =
            Set.of("identifier", "fullStatement", "humanCodingScheme", "notes", "CFItemType");

    private final CaseNodes nodes;
    private final String language;

    CaseItemReading(CaseNodes nodes, String language) {
        this.nodes = nodes;
        this.language = language;
    }

    Optional<CaseEntry> read(JsonNode node, int index) {
        String at = "/CFItems/" + index;
        if (!node.isObject()) {
            nodes.warn(at, "caseElementNotObject", "CFItems");
            return Optional.empty();
        }
        nodes.check(node, at, CaseFields.ITEM, true);
        Optional<String> identifier = CaseNodes.filled(node, "identifier");
        if (identifier.isEmpty()) {
            nodes.warn(at, "caseNoIdentifier");
            return Optional.empty();
        }
        String given = identifier.get();
        UUID id = CaseIdentifiers.uuidOf(given);
        if (!CaseIdentifiers.isCaseUuid(given)) {
            nodes.warn(at + "/identifier", "caseIdentifierNotUuid", given, id);
        }
        Optional<OwnExtension> own = OwnExtension.of(node, at, nodes);
        String code = own.flatMap(o -> o.text("code"))
                .or(() -> CaseNodes.filled(node, "humanCodingScheme"))
                .orElse(null);
        String uri = CaseNodes.filled(node, "uri").orElse(null);
        String source =
                own.flatMap(o -> o.text("sourceIdentifier")).orElse(CaseIdentifiers.isCaseUuid(given) ? null : given);
        boolean role = own.flatMap(o -> o.text("type")).map(ROLE_TYPE::equals).orElse(false)
                || CaseNodes.text(node, "CFItemType").map(ROLE_TITLE::equals).orElse(false);
        return Optional.of(
                role
                        ? new CaseEntry(index, at, given, uri, code, null, role(node, at, id, code, own))
                        : new CaseEntry(index, at, given, uri, code, item(node, at, id, source, own), null));
    }

    private FrameworkItem item(JsonNode node, String at, UUID id, @Nullable String source, Optional<OwnExtension> own) {
        Map<String, String> attributes =
                own.map(OwnExtension::attributes).orElseGet(() -> nodes.attributes(node, OWNED));
        String type = own.flatMap(o -> o.text("type")).orElseGet(() -> type(node, at, attributes));
        return new FrameworkItem(
                id,
                "",
                type,
                own.flatMap(o -> o.localized("title")).orElseGet(() -> title(node, at)),
                own.flatMap(o -> o.localized("description")).orElseGet(() -> description(node)),
                List.of(),
                statements(own, StatementKind.KNOWLEDGE),
                statements(own, StatementKind.SKILL),
                statements(own, StatementKind.ATTITUDE),
                own.map(OwnExtension::sources).orElse(List.of()),
                List.of(),
                List.of(),
                source,
                attributes,
                own.map(OwnExtension::state).orElse(ItemState.ACTIVE));
    }

    private RoleProfile role(JsonNode node, String at, UUID id, @Nullable String code, Optional<OwnExtension> own) {
        return new RoleProfile(
                id,
                code == null ? "" : code,
                own.flatMap(o -> o.localized("title")).orElseGet(() -> title(node, at)),
                own.flatMap(o -> o.localized("mission")).orElseGet(() -> description(node)),
                own.flatMap(o -> o.integer("eqfLevel")).orElse(0),
                own.map(o -> o.localizedList("tasks")).orElse(List.of()),
                own.map(o -> o.localizedList("deliverables")).orElse(List.of()),
                List.of(),
                own.map(OwnExtension::state).orElse(ItemState.ACTIVE));
    }

    private List<LocalizedText> statements(Optional<OwnExtension> own, StatementKind kind) {
        return own.map(o -> o.localizedList(kind.code())).orElse(List.of());
    }

    private String type(JsonNode node, String at, Map<String, String> attributes) {
        String title = CaseNodes.filled(node, "CFItemType").orElse(null);
        if (title == null) {
            return DEFAULT_TYPE;
        }
        if (title.length() > MAX_TYPE) {
            nodes.warn(at + "/CFItemType", "tooLong", "CFItemType", MAX_TYPE);
            attributes.put("CFItemType", title);
            return title.substring(0, MAX_TYPE);
        }
        return switch (title) {
            case "Competence area" -> ItemTypes.COMPETENCE_AREA;
            case "Competence" -> ItemTypes.COMPETENCE;
            default -> title;
        };
    }

    private LocalizedText title(JsonNode node, String at) {
        Optional<String> statement = CaseNodes.filled(node, "fullStatement");
        if (statement.isPresent()) {
            return inLanguage(statement.get());
        }
        String stand = CaseNodes.filled(node, "abbreviatedStatement")
                .or(() -> CaseNodes.filled(node, "humanCodingScheme"))
                .or(() -> CaseNodes.filled(node, "identifier"))
                .orElse("");
        nodes.warn(at + "/fullStatement", "caseNoStatement", stand);
        return inLanguage(stand);
    }

    private LocalizedText description(JsonNode node) {
        return CaseNodes.filled(node, "notes").map(this::inLanguage).orElse(LocalizedText.EMPTY);
    }

    private LocalizedText inLanguage(String text) {
        return new LocalizedText(Map.of(language, text));
    }
}
