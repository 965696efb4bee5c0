package org.skills4cities.toolkit.interchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CASE packages for tests, the reader and the writer as the application builds them, and a fixed time of change. */
final class CaseFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final CaseReader READER = new CaseReader(JSON);
    static final CasePackages PACKAGES =
            new CasePackages(framework -> Instant.parse("2026-01-02T03:04:05.678Z"), "https://toolkit.test/", JSON);

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "case-opensalt");

    private CaseFiles() {}

    /** One of the OpenSALT test packages copied under {@code src/test/resources/case/opensalt}. */
    static byte[] opensalt(String name) {
        try (InputStream in = CaseFiles.class.getResourceAsStream("/case/opensalt/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException(name + " is not a test resource");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the shared corpus; the test is skipped where the corpus is not checked out. */
    static byte[] corpus(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared corpus not present: " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static FrameworkReading read(byte[] content) {
        return READER.read(content, ReadOptions.NONE);
    }

    static byte[] export(Framework framework, Language language) {
        return JSON.writeValueAsBytes(PACKAGES.of(framework, language));
    }

    static JsonNode tree(byte[] content) {
        return JSON.readTree(content);
    }
}
