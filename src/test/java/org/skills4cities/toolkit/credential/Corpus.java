package org.skills4cities.toolkit.credential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of third-party credentials, when it is beside the repository; tests skip without it. */
final class Corpus {

    static final Path ROOT = Path.of("..", "shared", "corpus");

    private Corpus() {}

    static Path path(String name) {
        Path file = ROOT.resolve(name);
        assumeTrue(Files.exists(file), "the shared corpus is not here: " + file.toAbsolutePath());
        return file;
    }

    static String read(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
