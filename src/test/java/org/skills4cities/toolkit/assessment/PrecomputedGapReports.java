package org.skills4cities.toolkit.assessment;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.Curricula;

/**
 * Gap reports for the benchmark: computed as in production, or, once switched to precomputed, answered from the
 * reports computed beforehand, so that the same endpoint can be measured without the computation.
 */
public class PrecomputedGapReports extends GapReports {

    private final Map<UUID, GapReport> reports = new ConcurrentHashMap<>();
    private volatile boolean precomputed;

    public PrecomputedGapReports(Assessments assessments, Curricula curricula) {
        super(assessments, curricula);
    }

    /** Computes the report of an assessment (against its target role or best-matching role) and keeps it. */
    public GapReport precompute(Assessment assessment) {
        GapReport report = super.report(assessment, null);
        reports.put(assessment.id(), report);
        return report;
    }

    public void answerPrecomputed(boolean precomputed) {
        this.precomputed = precomputed;
    }

    @Override
    public GapReport report(Assessment assessment, @Nullable String roleCode) {
        GapReport report = precomputed && roleCode == null ? reports.get(assessment.id()) : null;
        if (report == null) {
            if (precomputed) {
                throw new IllegalStateException("No precomputed report for " + assessment.id());
            }
            return super.report(assessment, roleCode);
        }
        return report;
    }
}
