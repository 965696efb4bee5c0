package org.skills4cities.toolkit.exam.web;

import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;

/** A role's exam with the names its public page shows: the role's title and each section's area title. */
public record RoleExam(BlueprintView blueprint, LocalizedText role, List<LocalizedText> areas) {

    public RoleExam {
        areas = List.copyOf(areas);
    }
}
