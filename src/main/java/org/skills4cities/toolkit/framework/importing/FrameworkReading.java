package org.skills4cities.toolkit.framework.importing;

import java.util.List;
import org.skills4cities.toolkit.framework.Framework;

/**
 * A framework read from a file, with the warnings the reader had: deviations from the file's own standard that it
 * could read past (a real CASE package that breaks its schema, say), each with its location.
 */
public record FrameworkReading(Framework framework, List<ImportProblem> warnings) {

    public FrameworkReading {
        warnings = List.copyOf(warnings);
    }
}
