package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guide's own content, where the repository has it, starts: every file in it is valid. */
class GuideContentTests {

    private static final Path CONTENT = Path.of("src", "main", "resources", "guide");

    @Test
    void theGuideShippedWithTheToolkitIsValid() throws IOException {
        assumeThat(CONTENT).as("the guide's content folder").isDirectory();
        long files;
        try (Stream<Path> listed = Files.list(CONTENT)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).count();
        }

        try (UserGuide guide = UserGuideTests.load(UserGuide.DEFAULT_LOCATION)) {
            assertThat(guide.groups()).hasSize((int) files);
            assertThat(guide.groups())
                    .allSatisfy(group -> assertThat(group.entries()).isNotEmpty());
        }
    }
}
