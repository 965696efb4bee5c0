package org.skills4cities.toolkit.framework;

/** A competence or role code that names nothing in the framework asked about. */
public class ItemNotFound extends RuntimeException {

    /** What kind of thing was looked for; it picks the message shown to the user. */
    public enum Kind {
        COMPETENCE,
        ROLE
    }

    private final Kind kind;
    private final String slug;
    private final String code;

    public ItemNotFound(Kind kind, String slug, String code) {
        super("No " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + code + "' in framework '" + slug + "'");
        this.kind = kind;
        this.slug = slug;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String code() {
        return code;
    }
}
