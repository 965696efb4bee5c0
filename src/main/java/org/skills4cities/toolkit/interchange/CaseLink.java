package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One CFAssociation as read: its type, the nodes it links and where it stands among its siblings.
 *
 * @param own the toolkit's own extension of the association, in the toolkit's exports
 */
record CaseLink(
        String pointer,
        String type,
        Endpoint origin,
        Endpoint destination,
        @Nullable Integer sequence,
        Optional<OwnExtension> own) {

    static final String CHILD_OF = "isChildOf";

    boolean isChildOf() {
        return CHILD_OF.equals(type);
    }

    /** Every association of the package that names its type, origin and destination. */
    static List<CaseLink> read(JsonNode root, CaseNodes nodes) {
        List<CaseLink> links = new ArrayList<>();
        List<JsonNode> associations = CaseNodes.list(root, "CFAssociations");
        for (int i = 0; i < associations.size(); i++) {
            JsonNode node = associations.get(i);
            String at = "/CFAssociations/" + i;
            if (!node.isObject()) {
                nodes.warn(at, "caseElementNotObject", "CFAssociations");
                continue;
            }
            nodes.check(node, at, CaseFields.ASSOCIATION, false);
            Optional<String> type = CaseNodes.filled(node, "associationType");
            Endpoint origin = Endpoint.of(node.get("originNodeURI"));
            Endpoint destination = Endpoint.of(node.get("destinationNodeURI"));
            if (type.isEmpty() || origin == null || destination == null) {
                nodes.warn(at, "caseAssociationIncomplete");
                continue;
            }
            links.add(new CaseLink(
                    at,
                    type.get(),
                    origin,
                    destination,
                    CaseNodes.integer(node, "sequenceNumber").orElse(null),
                    OwnExtension.of(node, at, nodes)));
        }
        return links;
    }

    /** The node at one end of an association, named by identifier, URI or both. */
    record Endpoint(
            @Nullable String identifier,
            @Nullable String uri,
            @Nullable String title) {

        static @Nullable Endpoint of(@Nullable JsonNode link) {
            if (link == null || !link.isObject()) {
                return null;
            }
            String identifier = CaseNodes.filled(link, "identifier").orElse(null);
            String uri = CaseNodes.filled(link, "uri").orElse(null);
            if (identifier == null && uri == null) {
                return null;
            }
            return new Endpoint(identifier, uri, CaseNodes.filled(link, "title").orElse(null));
        }

        /** How the endpoint is named in a message: its identifier, else its URI. */
        String name() {
            return identifier != null ? identifier : String.valueOf(uri);
        }
    }
}
