package org.skills4cities.toolkit.framework.importing;

/**
 * Reads one file format into a framework. The toolkit's own JSON is one; other modules add theirs (CASE, CSV, XLSX,
 * DigComp, ESCO) as Spring beans, and the import path finds them by {@link #format()}.
 */
public interface FrameworkReader {

    /** The name a caller gives for this format: {@code json}, {@code case}, {@code csv}, {@code xlsx} ... */
    String format();

    /**
     * Reads a whole file.
     *
     * @return the framework with the warnings about what the file did not do by the book but could still be read
     * @throws FrameworkRejected listing every problem with its location, when the file cannot be read as a framework
     */
    FrameworkReading read(byte[] content, ReadOptions options);
}
