package org.skills4cities.toolkit.interchange.spreadsheet;

import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.language.Language;
import org.springframework.http.MediaType;

/**
 * Writes a whole framework as a spreadsheet file to download, CSV or XLSX, in the layout of
 * {@code docs/spreadsheet-format.md}; the matching {@code FrameworkReader} of the same format reads it back into an
 * equal framework.
 */
public interface SpreadsheetWriter {

    /** The name a caller gives for this format: {@code csv} or {@code xlsx}. */
    String format();

    MediaType mediaType();

    /** The file name extension, without the dot. */
    String extension();

    /** The file, with the names of the fixed columns in the language asked for. */
    byte[] write(Framework framework, Language headerLanguage);
}
