package org.skills4cities.toolkit.framework;

import java.util.List;

/** A comparison asked for role codes that the framework does not have. */
public class UnknownRoles extends RuntimeException {

    private final String slug;
    private final List<String> codes;

    public UnknownRoles(String slug, List<String> codes) {
        super("No role(s) " + codes + " in framework '" + slug + "'");
        this.slug = slug;
        this.codes = List.copyOf(codes);
    }

    public String slug() {
        return slug;
    }

    public List<String> codes() {
        return codes;
    }
}
