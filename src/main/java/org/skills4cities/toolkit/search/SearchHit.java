package org.skills4cities.toolkit.search;

/**
 * One thing a search found: a competence area, competence or role of a framework. {@code highlight} is HTML: the
 * passage that matched, escaped, with the matching words in {@code <mark>}.
 */
public record SearchHit(
        String framework, String kind, String code, String title, String highlight, String language, float score) {

    /** The address of the explorer page that shows what was found. */
    public String path() {
        String base = "/frameworks/" + framework;
        return switch (kind) {
            case "role" -> base + "/roles/" + code;
            case "competence" -> base + "/competences/" + code;
            default -> base + "#area-" + code;
        };
    }
}
