package org.skills4cities.toolkit.framework.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.skills4cities.toolkit.framework.Framework;
import tools.jackson.databind.json.JsonMapper;

/** The reference framework as shipped in the application, read the way the import reads it. */
public final class ReferenceFrameworkFile {

    private static final Framework FRAMEWORK = read("/frameworks/skills4cities.json");

    private ReferenceFrameworkFile() {}

    public static Framework framework() {
        return FRAMEWORK;
    }

    /** A framework document from the test or main resources; fails on any problem in it. */
    public static Framework read(String resource) {
        try (InputStream in = ReferenceFrameworkFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " does not exist");
            }
            return new FrameworkDocumentReader(JsonMapper.builder().build())
                    .read(in)
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
