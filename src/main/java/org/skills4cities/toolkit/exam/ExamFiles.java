package org.skills4cities.toolkit.exam;

/** Where the exam files (blueprints and the reference item bank) are read from. */
final class ExamFiles {

    private ExamFiles() {}

    /** The configured location as a folder, ending in a slash. */
    static String folder(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
