package org.skills4cities.toolkit.interchange.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/** The real DigComp and ESCO files of the shared test corpus, when it is there beside the repository. */
public final class OutsideFiles {

    public static final String DIGCOMP = "digcomp3-jrc/DigComp-3.0-Data-Supplement-2025-11-24.jsonld";
    public static final String ESCO_ICT = "esco/ictSkillsCollection_en.csv";
    public static final String ESCO_TRANSVERSAL = "esco/transversalSkillsCollection_en.csv";

    private OutsideFiles() {}

    /** Fails unless the message bundle has a message for every problem. */
    public static void assertExplained(List<ImportProblem> problems) {
        Properties messages = new Properties();
        try (InputStream bundle = OutsideFiles.class.getResourceAsStream("/i18n/messages.properties")) {
            messages.load(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problems)
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(messages).containsKey(problem.messageKey()));
    }

    /** The file's bytes; the test is skipped when the corpus is absent. */
    public static byte[] read(String name) {
        Path file = Path.of("..", "shared", "corpus").resolve(name);
        assumeTrue(Files.isRegularFile(file), "the shared corpus is not beside the repository");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
