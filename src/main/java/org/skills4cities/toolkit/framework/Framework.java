package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One version of a competence framework: its tree of items, its proficiency scale and its role profiles. {@code owner}
 * is the organisation that maintains it (none for the frameworks of the platform, such as the reference);
 * {@code sourceIdentifier} and {@code attributes} keep what another system said of the framework, as for items.
 */
public record Framework(
        UUID id,
        String slug,
        String version,
        FrameworkStatus status,
        @Nullable FrameworkVersion basedOn,
        List<String> languages,
        LocalizedText title,
        LocalizedText description,
        List<ProficiencyLevel> proficiencyLevels,
        List<FrameworkItem> items,
        List<RoleProfile> roles,
        @Nullable UUID owner,
        @Nullable String sourceIdentifier,
        Map<String, String> attributes) {

    public Framework(
            UUID id,
            String slug,
            String version,
            FrameworkStatus status,
            @Nullable FrameworkVersion basedOn,
            List<String> languages,
            LocalizedText title,
            LocalizedText description,
            List<ProficiencyLevel> proficiencyLevels,
            List<FrameworkItem> items,
            List<RoleProfile> roles) {
        this(
                id,
                slug,
                version,
                status,
                basedOn,
                languages,
                title,
                description,
                proficiencyLevels,
                items,
                roles,
                null,
                null,
                Map.of());
    }

    public Framework {
        languages = List.copyOf(languages);
        proficiencyLevels = List.copyOf(proficiencyLevels);
        items = List.copyOf(items);
        roles = List.copyOf(roles);
        attributes = Map.copyOf(attributes);
    }

    /** This framework as another version: a new internal identifier, the same items, roles and texts. */
    public Framework asVersion(
            UUID newId, String newSlug, String newVersion, FrameworkStatus newStatus, @Nullable UUID newOwner) {
        return new Framework(
                newId,
                newSlug,
                newVersion,
                newStatus,
                basedOn,
                languages,
                title,
                description,
                proficiencyLevels,
                items,
                roles,
                newOwner,
                sourceIdentifier,
                attributes);
    }

    public Framework with(List<FrameworkItem> newItems, List<RoleProfile> newRoles) {
        return new Framework(
                id,
                slug,
                version,
                status,
                basedOn,
                languages,
                title,
                description,
                proficiencyLevels,
                newItems,
                newRoles,
                owner,
                sourceIdentifier,
                attributes);
    }

    /** The identifier other systems know this framework version by: the one it came with, else its UUID. */
    public String identifier() {
        return sourceIdentifier != null ? sourceIdentifier : id.toString();
    }

    public boolean isPublished() {
        return status == FrameworkStatus.PUBLISHED;
    }

    /** Every item of the tree, depth first in sibling order. */
    public Stream<FrameworkItem> allItems() {
        return items.stream().flatMap(FrameworkItem::selfAndDescendants);
    }

    public List<FrameworkItem> competences() {
        return allItems().filter(FrameworkItem::isCompetence).toList();
    }

    public Optional<FrameworkItem> item(String code) {
        return allItems().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<FrameworkItem> competence(String code) {
        return item(code).filter(FrameworkItem::isCompetence);
    }

    /** The top-level item, such as a competence area, with this code. */
    public Optional<FrameworkItem> topLevel(String code) {
        return items.stream().filter(top -> top.code().equals(code)).findFirst();
    }

    /** The top-level item that holds the item with this code, which is the item itself at the top. */
    public Optional<FrameworkItem> topLevelOf(String code) {
        return items.stream()
                .filter(top -> top.selfAndDescendants().anyMatch(i -> i.code().equals(code)))
                .findFirst();
    }

    public Optional<RoleProfile> role(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The roles with these codes, in the order given; all roles when no code is given. */
    public List<RoleProfile> roles(List<String> codes) {
        if (codes.isEmpty()) {
            return roles;
        }
        List<String> unknown = codes.stream().filter(c -> role(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownRoles(slug, unknown);
        }
        return codes.stream().distinct().map(c -> role(c).orElseThrow()).toList();
    }

    public Optional<ProficiencyLevel> proficiencyLevel(int level) {
        return proficiencyLevels.stream().filter(l -> l.level() == level).findFirst();
    }

    public int highestLevel() {
        return proficiencyLevels.stream()
                .mapToInt(ProficiencyLevel::level)
                .max()
                .orElse(0);
    }
}
