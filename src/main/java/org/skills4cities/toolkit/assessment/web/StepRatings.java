package org.skills4cities.toolkit.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.InvalidAssessment;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** The ratings of one step of the guided self-assessment, read from its form and stored, or refused with reasons. */
@Component
class StepRatings {

    private final Assessments assessments;

    StepRatings(Assessments assessments) {
        this.assessments = assessments;
    }

    /**
     * Stores the ratings of one area as the form gives them (a level left empty is left as it was) and answers the
     * problems, each naming its competence; nothing is stored when there is one.
     */
    List<String> store(
            Assessment assessment,
            List<FrameworkItem> competences,
            MultiValueMap<String, String> form,
            Map<String, String> given,
            Page page) {
        List<Rating> ratings = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (FrameworkItem competence : competences) {
            String level = Optional.ofNullable(form.getFirst("level." + competence.code()))
                    .orElse("")
                    .strip();
            String note = Optional.ofNullable(form.getFirst("note." + competence.code()))
                    .orElse("");
            given.put("level." + competence.code(), level);
            given.put("note." + competence.code(), note);
            if (level.isEmpty()) {
                if (!note.isBlank() && assessment.rating(competence.code()).isEmpty()) {
                    messages.add(page.t("assessment.problem.noteWithoutLevel", competence.code()));
                }
                continue;
            }
            try {
                ratings.add(new Rating(competence.code(), Integer.parseInt(level), note));
            } catch (NumberFormatException e) {
                messages.add(page.t(
                        "assessment.problem.inCompetence",
                        competence.code(),
                        page.t("assessment.problem.notANumber", level)));
            }
        }
        if (messages.isEmpty()) {
            try {
                assessments.update(assessment.id(), null, ratings);
            } catch (InvalidAssessment e) {
                e.problems()
                        .forEach(p -> messages.add(page.t(
                                "assessment.problem.inCompetence",
                                competenceOf(p.field(), ratings),
                                page.t(
                                        "assessment.problem." + p.code(),
                                        p.arguments().toArray()))));
            }
        }
        return messages;
    }

    /** The competence a problem's field ({@code ratings[3].level}) is about. */
    private static String competenceOf(String field, List<Rating> ratings) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return field;
        }
        int index = Integer.parseInt(field.substring(open + 1, close));
        return index < ratings.size() ? ratings.get(index).competence() : field;
    }
}
