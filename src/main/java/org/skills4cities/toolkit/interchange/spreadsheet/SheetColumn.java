package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.Locale;

/** The fixed columns of a framework sheet, in their order; the language columns follow them. */
enum SheetColumn {
    RECORD,
    IDENTIFIER,
    CODE,
    PARENT,
    TYPE,
    FIELD,
    VALUE;

    /** The column's name in every language: the English id, which the import always recognises. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String messageKey() {
        return "spreadsheet.header." + id();
    }

    /** Only the identifier column may be left out: an import without it derives the identifiers from the codes. */
    boolean required() {
        return this != IDENTIFIER;
    }
}
