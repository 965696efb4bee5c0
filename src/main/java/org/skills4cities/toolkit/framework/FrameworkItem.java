package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A node of a framework's tree: a competence area, a competence, or any type an imported framework uses. Competences
 * carry level descriptors, knowledge, skill and attitude statements, sources and external references.
 */
public record FrameworkItem(
        UUID id,
        String code,
        String type,
        LocalizedText title,
        LocalizedText description,
        List<LevelDescriptor> levels,
        List<LocalizedText> knowledge,
        List<LocalizedText> skills,
        List<LocalizedText> attitudes,
        List<Source> sources,
        List<ExternalReference> references,
        List<FrameworkItem> children) {

    public FrameworkItem {
        levels = List.copyOf(levels);
        knowledge = List.copyOf(knowledge);
        skills = List.copyOf(skills);
        attitudes = List.copyOf(attitudes);
        sources = List.copyOf(sources);
        references = List.copyOf(references);
        children = List.copyOf(children);
    }

    public boolean isCompetence() {
        return ItemTypes.COMPETENCE.equals(type);
    }

    public Optional<LevelDescriptor> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    public List<LocalizedText> statements(StatementKind kind) {
        return switch (kind) {
            case KNOWLEDGE -> knowledge;
            case SKILL -> skills;
            case ATTITUDE -> attitudes;
        };
    }

    /** This item and all items below it, depth first in sibling order. */
    public Stream<FrameworkItem> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(FrameworkItem::selfAndDescendants));
    }
}
