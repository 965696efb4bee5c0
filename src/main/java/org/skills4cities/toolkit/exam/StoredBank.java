package org.skills4cities.toolkit.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The item bank a certification body imported: for which framework, when and by whom, and its questions. */
public record StoredBank(
        UUID organisationId,
        String frameworkSlug,
        Instant importedAt,
        @Nullable UUID importedBy,
        List<ExamItem> items) {

    public StoredBank {
        items = List.copyOf(items);
    }
}
