package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A node of a framework's tree: a competence area, a competence, or any type an imported framework uses. Competences
 * carry level descriptors, knowledge, skill and attitude statements, sources and external references.
 *
 * <p>{@code sourceIdentifier} is the identifier another system gave the item, kept exactly as given when it is not
 * this item's UUID in its usual form (an ASN URI of a CASE package, say); {@code attributes} keeps what such a
 * system says of the item that the toolkit gives no meaning to (CASE {@code listEnumeration}, {@code educationLevel}
 * ...), so that an export gives it back.
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
        List<FrameworkItem> children,
        @Nullable String sourceIdentifier,
        Map<String, String> attributes,
        ItemState state) {

    public FrameworkItem(
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
        this(
                id,
                code,
                type,
                title,
                description,
                levels,
                knowledge,
                skills,
                attitudes,
                sources,
                references,
                children,
                null,
                Map.of(),
                ItemState.ACTIVE);
    }

    public FrameworkItem {
        levels = List.copyOf(levels);
        knowledge = List.copyOf(knowledge);
        skills = List.copyOf(skills);
        attitudes = List.copyOf(attitudes);
        sources = List.copyOf(sources);
        references = List.copyOf(references);
        children = List.copyOf(children);
        attributes = Map.copyOf(attributes);
    }

    public FrameworkItem withChildren(List<FrameworkItem> newChildren) {
        return new FrameworkItem(
                id,
                code,
                type,
                title,
                description,
                levels,
                knowledge,
                skills,
                attitudes,
                sources,
                references,
                newChildren,
                sourceIdentifier,
                attributes,
                state);
    }

    public FrameworkItem withState(ItemState newState) {
        return new FrameworkItem(
                id,
                code,
                type,
                title,
                description,
                levels,
                knowledge,
                skills,
                attitudes,
                sources,
                references,
                children,
                sourceIdentifier,
                attributes,
                newState);
    }

    /** The identifier other systems know this item by: the one it came with, else its UUID. */
    public String identifier() {
        return sourceIdentifier != null ? sourceIdentifier : id.toString();
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
