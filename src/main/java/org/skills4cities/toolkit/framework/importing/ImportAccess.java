package org.skills4cities.toolkit.framework.importing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who imports or edits, as the framework module needs to know it: a name for the history, whether they may write a
 * framework owned by an organisation (none for the platform's own), and which organisation owns a framework they
 * create.
 */
public interface ImportAccess {

    String actor();

    boolean mayWrite(@Nullable UUID owner);

    @Nullable
    UUID ownerOfNew();

    /** Thrown when the caller may not write the framework; nothing was changed. */
    class Forbidden extends RuntimeException {

        private final String slug;

        public Forbidden(String slug) {
            super("Not allowed to change framework " + slug);
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }
}
