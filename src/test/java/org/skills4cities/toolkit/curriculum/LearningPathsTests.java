package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.LocalizedText;

/** How learning paths are planned and coverage is judged, on a small curriculum built here. */
class LearningPathsTests {

    // X.1 is taught at 2 (U1), 3 (U2) and 5 (U3); X.2 at 1 (U1) and 3 (U2); X.3 only at 2 (U1)
    static final Unit U1 = unit("X-U1", 0, 20, List.of(), outcome("X.1", 2), outcome("X.2", 1), outcome("X.3", 2));
    static final Unit U2 = unit("X-U2", 1, 30, List.of("X-U1"), outcome("X.1", 3), outcome("X.2", 3));
    static final Unit U3 = unit("X-U3", 2, 40, List.of("X-U2"), outcome("X.1", 5));
    static final Curriculum CURRICULUM = new Curriculum(
            "x",
            List.of(new TrainingModule(
                    "M-X", "X", LocalizedText.english("Module"), LocalizedText.english("About"), List.of(U1, U2, U3))));

    @Test
    void aPathTakesEveryUnitBetweenTheCurrentAndTheRequiredLevelInOrder() {
        LearningPath path = LearningPaths.plan(CURRICULUM, List.of(new Need("X.1", 0, 3, true)));

        assertThat(path.steps()).extracting(s -> s.unit().code()).containsExactly("X-U1", "X-U2");
        assertThat(path.hours()).isEqualTo(50);
        assertThat(path.credits()).isEqualByComparingTo("2.0");
        assertThat(path.untaught()).isEmpty();
    }

    @Test
    void aLevelReachedOnlyBeyondTheRequiredOneTakesTheUnitThatReachesItAtTheLowestLevel() {
        LearningPath path = LearningPaths.plan(CURRICULUM, List.of(new Need("X.1", 3, 4, false)));

        assertThat(path.steps()).extracting(s -> s.unit().code()).containsExactly("X-U3");
        assertThat(path.steps().getFirst().closes())
                .extracting(LearningOutcome::level)
                .containsExactly(5);
    }

    @Test
    void whatIsAlreadyMetTakesNoUnitAndWhatNoUnitTeachesIsListed() {
        LearningPath path = LearningPaths.plan(
                CURRICULUM,
                List.of(new Need("X.2", 3, 3, true), new Need("X.3", 2, 4, true), new Need("Y.1", 0, 2, true)));

        assertThat(path.steps()).isEmpty();
        assertThat(path.untaught()).containsExactly(new Need("X.3", 2, 4, true), new Need("Y.1", 0, 2, true));
    }

    @Test
    void foundationsComeFirstAndAPrerequisiteOnThePathComesBeforeTheUnitThatNeedsIt() {
        LearningPath path =
                LearningPaths.plan(CURRICULUM, List.of(new Need("X.1", 3, 5, false), new Need("X.2", 0, 3, true)));

        // X-U1 is taken for level 1, X-U2 for level 3; X-U3 (level 5) comes after its prerequisite X-U2
        assertThat(path.steps()).extracting(s -> s.unit().code()).containsExactly("X-U1", "X-U2", "X-U3");
        assertThat(path.steps()).extracting(PathStep::mandatory).containsExactly(true, true, false);
    }

    @Test
    void ecvetCreditsAreHoursOverTwentyFiveToTheHalfPoint() {
        assertThat(CurriculumFiles.ecvetCredits(24)).isEqualByComparingTo("1.0");
        assertThat(CurriculumFiles.ecvetCredits(40)).isEqualByComparingTo("1.5");
        assertThat(CurriculumFiles.ecvetCredits(60)).isEqualByComparingTo("2.5");
        assertThat(CurriculumFiles.ecvetCredits(8)).isEqualByComparingTo("0.5");
    }

    static LearningOutcome outcome(String competence, int level) {
        return new LearningOutcome(competence, level, LocalizedText.english("can " + competence + "@" + level));
    }

    static Unit unit(String code, int position, int hours, List<String> prerequisites, LearningOutcome... outcomes) {
        LocalizedText text = LocalizedText.english(code);
        return new Unit(
                code,
                "M-X",
                position,
                text,
                text,
                hours,
                CurriculumFiles.ecvetCredits(hours),
                prerequisites,
                List.of(outcomes),
                text,
                text,
                List.of(text),
                text);
    }
}
