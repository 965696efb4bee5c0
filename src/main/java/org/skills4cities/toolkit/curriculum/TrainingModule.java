package org.skills4cities.toolkit.curriculum;

import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;

/** A training module: the units that teach one competence area of the framework. */
public record TrainingModule(
        String code, String area, LocalizedText title, LocalizedText description, List<Unit> units) {

    public TrainingModule {
        units = List.copyOf(units);
    }

    public int hours() {
        return units.stream().mapToInt(Unit::hours).sum();
    }
}
