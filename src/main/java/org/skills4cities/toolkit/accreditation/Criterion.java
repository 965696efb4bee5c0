package org.skills4cities.toolkit.accreditation;

import java.util.Map;
import org.skills4cities.toolkit.language.Language;

/**
 * A quality criterion: its code (such as {@code TO-3}), whom it applies to, and in each of the six languages its
 * title, what it asks for and what evidence shows it.
 */
public record Criterion(
        String code,
        Subject subject,
        Map<Language, String> title,
        Map<Language, String> description,
        Map<Language, String> evidence) {

    public Criterion {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        evidence = Map.copyOf(evidence);
    }

    public String title(Language language) {
        return title.get(language);
    }

    public String description(Language language) {
        return description.get(language);
    }

    public String evidence(Language language) {
        return evidence.get(language);
    }
}
