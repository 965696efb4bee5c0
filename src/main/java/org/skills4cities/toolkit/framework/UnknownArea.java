package org.skills4cities.toolkit.framework;

/** A comparison was asked for an area code that is no top-level item of the framework. */
public class UnknownArea extends RuntimeException {

    private final String slug;
    private final String code;

    public UnknownArea(String slug, String code) {
        super("No area '" + code + "' in framework '" + slug + "'");
        this.slug = slug;
        this.code = code;
    }

    public String slug() {
        return slug;
    }

    public String code() {
        return code;
    }
}
