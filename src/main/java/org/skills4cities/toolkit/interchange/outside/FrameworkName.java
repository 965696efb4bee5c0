package org.skills4cities.toolkit.interchange.outside;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.importing.ReadOptions;

/**
 * The slug and version an outside framework is stored under: what the caller asked for, else the format's default.
 * Whether they are valid is for the import's checks to say, as for every format.
 */
record FrameworkName(String slug, String version) {

    static FrameworkName of(ReadOptions options, String defaultSlug, String defaultVersion) {
        return new FrameworkName(orDefault(options.slug(), defaultSlug), orDefault(options.version(), defaultVersion));
    }

    /** A draft in English under this name, without roles: outside frameworks describe none. */
    Framework draft(
            String title,
            String description,
            List<ProficiencyLevel> scale,
            List<FrameworkItem> items,
            Map<String, String> attributes) {
        return new Framework(
                UUID.randomUUID(),
                slug,
                version,
                FrameworkStatus.DRAFT,
                null,
                List.of("en"),
                LocalizedText.english(title),
                LocalizedText.english(description),
                scale,
                items,
                List.of(),
                null,
                null,
                attributes);
    }

    private static String orDefault(@Nullable String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
