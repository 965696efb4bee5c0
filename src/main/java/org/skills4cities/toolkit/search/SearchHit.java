package org.skills4cities.toolkit.search;

/**
 * One thing a search found: an item (competence area, competence or any other) or a role of a framework.
 * {@code highlight} is HTML: the passage that matched, escaped, with the matching words in {@code <mark>}.
 */
public record SearchHit(
        String framework, String kind, String code, String title, String highlight, String language, float score) {

    /** The address of the explorer page that shows what was found: items other than areas have a page of their own. */
    public String path() {
        String base = "/frameworks/" + framework;
        return switch (kind) {
            case "role" -> base + "/roles/" + code;
            case "competence-area" -> base + "#area-" + code;
            default -> base + "/competences/" + code;
        };
    }
}
