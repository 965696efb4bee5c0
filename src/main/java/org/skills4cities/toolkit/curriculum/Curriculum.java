package org.skills4cities.toolkit.curriculum;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The curricula package of one framework: its training modules in teaching order. */
public record Curriculum(String framework, List<TrainingModule> modules) {

    public Curriculum {
        modules = List.copyOf(modules);
    }

    public Stream<Unit> units() {
        return modules.stream().flatMap(m -> m.units().stream());
    }

    public Optional<Unit> unit(String code) {
        return units().filter(u -> u.code().equals(code)).findFirst();
    }

    public Optional<TrainingModule> module(String code) {
        return modules.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The units that teach this competence, in teaching order. */
    public List<Unit> teaching(String competence) {
        return units().filter(u -> u.levelIn(competence).isPresent()).toList();
    }
}
