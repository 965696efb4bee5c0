package org.skills4cities.toolkit.framework.importing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;
import org.skills4cities.toolkit.framework.FrameworkStatus;

/**
 * What an import does, or did: the framework version it writes, whether it creates it, updates a draft or finds
 * nothing to change; the items and roles created, changed and unchanged; what the stored draft holds that the file no
 * longer does ({@code missing}), and of those what is deleted ({@code removed}) or retired because something refers
 * to it; the warnings of the reader; and whether it was applied or only tried (dry run).
 */
public record ImportPlan(
        Outcome outcome,
        UUID frameworkId,
        String slug,
        String version,
        FrameworkStatus status,
        FrameworkDifference difference,
        List<FrameworkDifference.Subject> missing,
        List<String> removed,
        List<String> retired,
        List<ImportProblem> warnings,
        boolean applied) {

    public ImportPlan {
        missing = List.copyOf(missing);
        removed = List.copyOf(removed);
        retired = List.copyOf(retired);
        warnings = List.copyOf(warnings);
    }

    public long created(Kind kind) {
        return difference.count(kind, Change.ADDED);
    }

    public long updated(Kind kind) {
        return difference.of(kind, Change.CHANGED).count();
    }

    ImportPlan asApplied() {
        return new ImportPlan(
                outcome, frameworkId, slug, version, status, difference, missing, removed, retired, warnings, true);
    }

    /** What the import does to the framework version. */
    public enum Outcome {
        /** The version is new. */
        CREATE,
        /** The version is a stored draft, updated in place. */
        UPDATE,
        /** The file holds exactly what is stored. */
        UNCHANGED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
