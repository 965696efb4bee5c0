package org.skills4cities.toolkit.framework;

/** A framework id that names no framework. */
public class FrameworkNotFound extends RuntimeException {

    private final String slug;

    public FrameworkNotFound(String slug) {
        super("No framework '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
