package org.skills4cities.toolkit.interchange.spreadsheet;

/**
 * A field as the field column names it: {@code title}, {@code knowledge:2} (a numbered one), {@code source:1:url} (a
 * part of a numbered one) or {@code attribute:educationLevel} (an attribute, whose name is the part).
 */
record FieldName(String name, int number, String part) {

    static final String ATTRIBUTE = "attribute";

    static FieldName plain(String name) {
        return new FieldName(name, 0, "");
    }

    static FieldName attribute(String attribute) {
        return new FieldName(ATTRIBUTE, 0, attribute);
    }

    boolean isAttribute() {
        return name.equals(ATTRIBUTE);
    }

    /** The field as written in an export, one spelling for each field. */
    String key() {
        return name + (number > 0 ? ":" + number : "") + (part.isEmpty() ? "" : ":" + part);
    }
}
