package org.skills4cities.toolkit.interchange.outside;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;

/**
 * The slug and version an outside framework is stored under: what the caller asked for, else the format's default.
 */
record FrameworkName(String slug, String version) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final int VERSION_LENGTH = 40;

    static FrameworkName of(
            ReadOptions options, String defaultSlug, String defaultVersion, List<ImportProblem> problems) {
        String slug = orDefault(options.slug(), defaultSlug);
        String version = orDefault(options.version(), defaultVersion);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(ImportProblem.at("slug", "invalidSlug", slug));
        }
        if (version.length() > VERSION_LENGTH) {
            problems.add(ImportProblem.at("version", "tooLong", "version", VERSION_LENGTH));
        }
        return new FrameworkName(slug, version);
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
