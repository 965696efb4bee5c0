package org.skills4cities.toolkit.interchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;

/**
 * What the CFDocument of a package says of the framework as a whole.
 *
 * @param identifier the document's identifier as given
 * @param scale the proficiency scale of the toolkit's own extension; null when the package has none, and the
 *     rubrics make one
 */
record CaseHead(
        UUID id,
        String identifier,
        @Nullable String uri,
        @Nullable String sourceIdentifier,
        String slug,
        String version,
        FrameworkStatus status,
        @Nullable FrameworkVersion basedOn,
        List<String> languages,
        LocalizedText title,
        LocalizedText description,
        @Nullable List<ProficiencyLevel> scale,
        Map<String, String> attributes) {

    /** The language the package's CASE texts are written in. */
    String language() {
        return languages.getFirst();
    }
}
