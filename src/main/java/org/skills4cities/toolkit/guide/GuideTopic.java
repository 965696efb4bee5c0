package org.skills4cities.toolkit.guide;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an entry of the guide is about: a page or a feature of the platform. Each page links to the entries about its
 * topic ({@code /guide/topics/{key}}). {@code page} is the page as the content writers name it, with a sample code
 * where the address has a variable part, or null for a feature shown on several pages or not on the platform yet.
 */
public enum GuideTopic {
    EXPLORER("explorer", "/frameworks/skills4cities"),
    COMPETENCE("competence", "/frameworks/skills4cities/competences/A.1"),
    ROLES("roles", "/frameworks/skills4cities/roles/SCPD"),
    COMPARE("compare", "/frameworks/skills4cities/compare"),
    SEARCH("search", "/search"),
    LANGUAGES("languages", null),
    ASSESSMENT("assessment", "/assessments/new"),
    RESUME("resume", null),
    HISTORY("history", "/account/assessments"),
    GAP_REPORT("gap-report", "/assessments/{id}/report"),
    LEARNING_PATH("learning-path", null),
    SHARE("share", null),
    TEAM_SHARING("team-sharing", null),
    CURRICULA("curricula", "/curricula"),
    UNITS("units", "/curricula/units/A-U1"),
    ROLE_CURRICULA("role-curricula", "/curricula/roles/SCPD"),
    COVERAGE("coverage", "/curricula/coverage"),
    COURSE_OFFERS("course-offers", "/offers"),
    ACCOUNT("account", "/account"),
    ORGANISATION("organisation", "/organisations/{id}"),
    TEAM_VIEW("team-view", "/organisations/{id}/team"),
    ADAPTATION("adaptation", "/frameworks/skills4cities/versions"),
    EDITING("editing", "/edit/frameworks/skills4cities/1"),
    IMPORT_EXPORT("import-export", "/edit/import"),
    TRANSLATIONS("translations", "/translations"),
    API("api", "/swagger-ui.html"),
    PRIVACY("privacy", "/account/data"),
    VALIDATION("validation", null);

    private final String key;
    private final @Nullable String page;

    GuideTopic(String key, @Nullable String page) {
        this.key = key;
        this.page = page;
    }

    /** The topic's key in the guide files and in {@code /guide/topics/{key}}. */
    public String key() {
        return key;
    }

    public @Nullable String page() {
        return page;
    }

    public static Optional<GuideTopic> ofKey(String key) {
        return Arrays.stream(values()).filter(topic -> topic.key.equals(key)).findFirst();
    }
}
