package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A professional role described by its mission, tasks and deliverables, and the competences it requires. */
public record RoleProfile(
        UUID id,
        String code,
        LocalizedText title,
        LocalizedText mission,
        int eqfLevel,
        List<LocalizedText> tasks,
        List<LocalizedText> deliverables,
        List<Requirement> requirements,
        ItemState state) {

    public RoleProfile(
            UUID id,
            String code,
            LocalizedText title,
            LocalizedText mission,
            int eqfLevel,
            List<LocalizedText> tasks,
            List<LocalizedText> deliverables,
            List<Requirement> requirements) {
        this(id, code, title, mission, eqfLevel, tasks, deliverables, requirements, ItemState.ACTIVE);
    }

    public RoleProfile {
        tasks = List.copyOf(tasks);
        deliverables = List.copyOf(deliverables);
        requirements = List.copyOf(requirements);
    }

    public RoleProfile withRequirements(List<Requirement> newRequirements) {
        return new RoleProfile(id, code, title, mission, eqfLevel, tasks, deliverables, newRequirements, state);
    }

    public RoleProfile withState(ItemState newState) {
        return new RoleProfile(id, code, title, mission, eqfLevel, tasks, deliverables, requirements, newState);
    }

    public Optional<Requirement> requirement(String competence) {
        return requirements.stream()
                .filter(r -> r.competence().equals(competence))
                .findFirst();
    }
}
