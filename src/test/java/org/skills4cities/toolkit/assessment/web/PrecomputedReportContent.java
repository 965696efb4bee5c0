package org.skills4cities.toolkit.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.springframework.context.MessageSource;

/**
 * The course offers of a gap report for the benchmark: read as in production, or, once switched to precomputed,
 * answered from those read beforehand for the same assessment.
 */
public class PrecomputedReportContent extends ReportContent {

    private final Map<UUID, Map<String, List<CourseOffer>>> offers = new ConcurrentHashMap<>();
    private volatile boolean precomputed;

    public PrecomputedReportContent(CourseOffers offers, MessageSource messages) {
        super(offers, messages);
    }

    /** Reads the offers of a report's learning path and keeps them. */
    public void precompute(GapReport report) {
        offers.put(report.assessment().id(), super.offers(report));
    }

    public void answerPrecomputed(boolean precomputed) {
        this.precomputed = precomputed;
    }

    @Override
    Map<String, List<CourseOffer>> offers(GapReport report) {
        if (!precomputed) {
            return super.offers(report);
        }
        Map<String, List<CourseOffer>> kept = offers.get(report.assessment().id());
        if (kept == null) {
            throw new IllegalStateException(
                    "No precomputed offers for " + report.assessment().id());
        }
        return kept;
    }
}
