package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Module files are read strictly: broken content names the file, the place and what is wrong. */
class CurriculumFilesTests {

    static final String TEXT = """
            {"en": "T", "bg": "Т", "ro": "T", "de": "T", "es": "T", "el": "Τ"}""";

    @Test
    void aCompleteModuleIsRead() {
        Curriculum curriculum = CurriculumFiles.read("x", files(module("A-U1", 24, "1.0", TEXT)));

        Unit unit = curriculum.unit("A-U1").orElseThrow();
        assertThat(unit.hours()).isEqualTo(24);
        assertThat(unit.credits()).isEqualByComparingTo("1.0");
        assertThat(unit.outcomes()).extracting(LearningOutcome::competence).containsExactly("A.1");
        assertThat(unit.title().values()).containsEntry("el", "Τ");
    }

    @Test
    void everyProblemIsNamedWithItsFileAndPlace() {
        String noGreek = """
                {"en": "T", "bg": "Т", "ro": "T", "de": "T", "es": "T"}""";
        assertThatIllegalStateException()
                .isThrownBy(() -> CurriculumFiles.read("x", files(module("B-9", 300, "1.0", noGreek))))
                .withMessageContaining("x/A.json: units[0].code: \"B-9\" is not A-U1")
                .withMessageContaining("x/A.json: units[0].hours: a whole number of hours from 1 to 200 is needed")
                .withMessageContaining("x/A.json: units[0].title.el: missing");
        assertThatIllegalStateException()
                .isThrownBy(() -> CurriculumFiles.read("x", files(module("A-U1", 40, "1.0", TEXT))))
                .withMessageContaining("units[0].credits: 1.0 where 40 hours give 1.5 ECVET points");
        assertThatIllegalStateException()
                .isThrownBy(() -> CurriculumFiles.read("x", Map.of("x/A.json", stream("{\"code\": "))))
                .withMessageContaining("x/A.json: not JSON");
    }

    private static Map<String, InputStream> files(String module) {
        Map<String, InputStream> files = new LinkedHashMap<>();
        files.put("x/A.json", stream(module));
        return files;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String module(String unit, int hours, String credits, String title) {
        return """
                {"code": "M-A", "area": "A", "title": %4$s, "description": %4$s,
                 "units": [{"code": "%1$s", "title": %3$s, "description": %4$s, "hours": %2$d, "credits": %5$s,
                            "prerequisites": [],
                            "outcomes": [{"competence": "A.1", "level": 2, "text": %4$s}],
                            "trainingMethodology": %4$s, "evaluationMethodology": %4$s,
                            "materials": [%4$s], "testOutline": %4$s}]}
                """.formatted(unit, hours, title, TEXT, credits);
    }
}
