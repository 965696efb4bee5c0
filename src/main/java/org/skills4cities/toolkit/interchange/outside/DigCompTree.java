package org.skills4cities.toolkit.interchange.outside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.DerivedIdentifiers;
import org.skills4cities.toolkit.interchange.outside.DigCompNodes.Node;

/**
 * DigComp's competence areas, each with its competences as children, in file order. Codes are the ids without their
 * type ({@code 1} of CompetenceArea/1, {@code 1.1} of Competence/1.1); the ids themselves, exactly as given, are the
 * items' source identifiers. What a competence holds besides its name and description comes from
 * {@link DigCompCompetence}.
 */
final class DigCompTree {

    private final DigCompNodes nodes;
    private final DigCompScale scale;
    private final String slug;

    DigCompTree(DigCompNodes nodes, DigCompScale scale, String slug) {
        this.nodes = nodes;
        this.scale = scale;
        this.slug = slug;
    }

    List<FrameworkItem> areas() {
        Map<String, List<Node>> statements = byCompetence(DigCompNodes.STATEMENT);
        Map<String, List<Node>> outcomes = byCompetence(DigCompNodes.OUTCOME);
        Map<String, List<FrameworkItem>> competences = new LinkedHashMap<>();
        for (Node node : nodes.of(DigCompNodes.COMPETENCE)) {
            Optional<Node> area = nodes.link(node, "competence_area_id", DigCompNodes.AREA);
            Optional<FrameworkItem> competence = competence(
                    node, statements.getOrDefault(node.id(), List.of()), outcomes.getOrDefault(node.id(), List.of()));
            if (area.isPresent() && competence.isPresent()) {
                competences
                        .computeIfAbsent(area.get().id(), a -> new ArrayList<>())
                        .add(competence.get());
            }
        }
        List<FrameworkItem> areas = new ArrayList<>();
        for (Node node : nodes.of(DigCompNodes.AREA)) {
            area(node, competences.getOrDefault(node.id(), List.of())).ifPresent(areas::add);
        }
        return areas;
    }

    private Optional<FrameworkItem> area(Node node, List<FrameworkItem> competences) {
        return heading(node)
                .map(area -> new FrameworkItem(
                        DerivedIdentifiers.item(slug, area.code()),
                        area.code(),
                        ItemTypes.COMPETENCE_AREA,
                        area.title(),
                        area.description(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        competences,
                        node.id(),
                        Map.of(),
                        ItemState.ACTIVE));
    }

    private Optional<FrameworkItem> competence(Node node, List<Node> statements, List<Node> outcomes) {
        Optional<Heading> heading = heading(node);
        DigCompCompetence contents = new DigCompCompetence(nodes, scale, node, statements, outcomes);
        return heading.map(competence -> new FrameworkItem(
                DerivedIdentifiers.item(slug, competence.code()),
                competence.code(),
                ItemTypes.COMPETENCE,
                competence.title(),
                competence.description(),
                contents.levels(),
                contents.knowledge(),
                contents.skills(),
                contents.attitudes(),
                List.of(),
                List.of(),
                List.of(),
                node.id(),
                contents.attributes(),
                ItemState.ACTIVE));
    }

    private Optional<Heading> heading(Node node) {
        Optional<String> code = nodes.code(node);
        Optional<String> title = nodes.text(node, "name");
        Optional<String> description = nodes.text(node, "description");
        if (code.isEmpty() || title.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Heading(code.get(), LocalizedText.english(title.get()), LocalizedText.english(description.get())));
    }

    /** The nodes of one type by the id of the competence they belong to, in file order. */
    private Map<String, List<Node>> byCompetence(String type) {
        Map<String, List<Node>> grouped = new LinkedHashMap<>();
        for (Node node : nodes.of(type)) {
            nodes.link(node, "competence_id", DigCompNodes.COMPETENCE)
                    .ifPresent(competence -> grouped.computeIfAbsent(competence.id(), c -> new ArrayList<>())
                            .add(node));
        }
        return grouped;
    }

    /** What areas and competences have in common: a code, a name and a description. */
    private record Heading(String code, LocalizedText title, LocalizedText description) {}
}
