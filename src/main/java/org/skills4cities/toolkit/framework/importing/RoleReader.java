package org.skills4cities.toolkit.framework.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.DocumentNodes.Element;
import tools.jackson.databind.JsonNode;

/** Reads the role profiles of a framework document and checks that each requirement names a real competence. */
final class RoleReader {

    private static final int ROLE_CODE_LENGTH = 40;

    private final DocumentNodes nodes;
    private final ItemChecks checks;
    private final Map<String, String> codes = new HashMap<>();

    RoleReader(DocumentNodes nodes, ItemChecks checks) {
        this.nodes = nodes;
        this.checks = checks;
    }

    List<RoleProfile> roles(JsonNode root, String slug) {
        List<RoleProfile> roles = new ArrayList<>();
        for (Element element : nodes.array(root, "", "roles", false)) {
            if (nodes.isObject(element)) {
                role(element, slug).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private Optional<RoleProfile> role(Element element, String slug) {
        JsonNode node = element.node();
        String at = element.pointer();
        Optional<String> code = nodes.text(node, at, "code", true, ROLE_CODE_LENGTH);
        code.ifPresent(c -> {
            String firstUse = codes.putIfAbsent(c, at);
            if (firstUse != null) {
                nodes.problem(at + "/code", "duplicateRole", c, firstUse);
            }
        });
        UUID id = nodes.uuid(node, at, "id").orElseGet(() -> DerivedIdentifiers.role(slug, code.orElse(at)));
        LocalizedText title = nodes.localized(node, at, "title", true);
        LocalizedText mission = nodes.localized(node, at, "mission", true);
        Optional<Integer> eqf = nodes.integer(node, at, "eqfLevel", true);
        eqf.filter(e -> e < 1 || e > 8).ifPresent(e -> nodes.problem(at + "/eqfLevel", "eqfOutOfRange", e));
        List<LocalizedText> tasks = nodes.localizedList(node, at, "tasks");
        List<LocalizedText> deliverables = nodes.localizedList(node, at, "deliverables");
        List<Requirement> requirements = requirements(node, at);
        return code.map(c -> new RoleProfile(id, c, title, mission, eqf.orElse(0), tasks, deliverables, requirements));
    }

    private List<Requirement> requirements(JsonNode node, String pointer) {
        List<Requirement> requirements = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Element element : nodes.array(node, pointer, "requirements", false)) {
            if (!nodes.isObject(element)) {
                continue;
            }
            String at = element.pointer();
            Optional<String> competence = nodes.text(element.node(), at, "competence", true);
            Optional<Integer> level = nodes.integer(element.node(), at, "level", true);
            boolean mandatory = nodes.bool(element.node(), at, "mandatory", true);
            if (competence.isEmpty() || level.isEmpty()) {
                continue;
            }
            FrameworkItem item = checks.itemWithCode(competence.get());
            if (item == null || !item.isCompetence()) {
                nodes.problem(at + "/competence", "unknownCompetence", competence.get());
            } else if (!named.add(competence.get())) {
                nodes.problem(at + "/competence", "duplicateRequirement", competence.get());
            }
            if (!checks.scaleLevels().contains(level.get())) {
                nodes.problem(at + "/level", "levelNotOnScale", competence.get(), level.get());
            }
            requirements.add(new Requirement(competence.get(), level.get(), mandatory));
        }
        return requirements;
    }
}
