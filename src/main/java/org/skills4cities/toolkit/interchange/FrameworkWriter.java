package org.skills4cities.toolkit.interchange;

import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.language.Language;
import org.springframework.http.MediaType;

/**
 * Writes a whole framework in one file format; the export API finds the writers by {@link #format()}. What the
 * language means depends on the format: the language of a CASE package's texts, of a spreadsheet's headers.
 */
public interface FrameworkWriter {

    /** The name a caller gives for this format: {@code case}, {@code csv}, {@code xlsx}. */
    String format();

    MediaType mediaType();

    /** The file name extension, without the dot. */
    String extension();

    byte[] write(Framework framework, Language language);
}
