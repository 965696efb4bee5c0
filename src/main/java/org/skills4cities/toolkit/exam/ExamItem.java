package org.skills4cities.toolkit.exam;

import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;

/**
 * A question of the item bank, tagged by the competence it tests (its code, e.g. {@code A.3}) and the proficiency
 * level. A choice question has options and points; a scenario has a case text as its stem and choice questions as its
 * parts (each with its own code, points and options), and no options of its own.
 */
public record ExamItem(
        String code,
        String competence,
        int level,
        ItemKind kind,
        int points,
        LocalizedText stem,
        List<ChoiceOption> options,
        List<ExamItem> parts,
        LocalizedText explanation) {

    public ExamItem {
        options = List.copyOf(options);
        parts = List.copyOf(parts);
    }

    /** The competence area, the part of the competence code before the first dot. */
    public String area() {
        int dot = competence.indexOf('.');
        return dot < 0 ? competence : competence.substring(0, dot);
    }
}
