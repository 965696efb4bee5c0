package org.skills4cities.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Several assessments read at once, as a team view reads its members': each with its own ratings in order. */
@SpringBootTest
class StoredAssessmentsIntegrationTests {

    @Autowired
    Assessments assessments;

    @Test
    void readsSeveralAssessmentsAtOnceEachWithItsRatingsInFrameworkOrder() {
        Assessment first = assessments
                .create(
                        "skills4cities",
                        null,
                        "SCPM",
                        List.of(new Rating("C.2", 3, "a note"), new Rating("A.1", 2, null)),
                        null)
                .assessment();
        Assessment second = assessments
                .create("skills4cities", null, null, List.of(new Rating("B.4", 5, null)), null)
                .assessment();
        UUID missing = UUID.randomUUID();

        Map<UUID, Assessment> found = assessments.find(List.of(second.id(), missing, first.id()));

        assertThat(found).containsOnlyKeys(first.id(), second.id());
        assertThat(found.get(first.id()).ratings())
                .containsExactly(new Rating("A.1", 2, null), new Rating("C.2", 3, "a note"));
        assertThat(found.get(first.id()).role()).isEqualTo("SCPM");
        assertThat(found.get(second.id()).ratings()).containsExactly(new Rating("B.4", 5, null));
        assertThat(found.get(second.id())).isEqualTo(assessments.get(second.id()));
        assertThat(assessments.find(List.of())).isEmpty();
        assertThat(assessments.find(missing)).isEmpty();
    }
}
