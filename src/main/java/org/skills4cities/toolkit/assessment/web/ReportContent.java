package org.skills4cities.toolkit.assessment.web;

import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.PathStep;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the report's page, PDF, CSV and JSON share besides the report: the offers of its units, the formula text. */
@Component
class ReportContent {

    private final CourseOffers offers;
    private final MessageSource messages;

    ReportContent(CourseOffers offers, MessageSource messages) {
        this.offers = offers;
        this.messages = messages;
    }

    Map<String, List<CourseOffer>> offers(GapReport report) {
        return offers.currentFor(report.path()
                .map(p -> p.steps().stream()
                        .map(PathStep::unit)
                        .map(u -> u.code())
                        .toList())
                .orElse(List.of()));
    }

    /** The readiness formula, in words. */
    String formula(Language language) {
        return messages.getMessage("report.formula", null, language.locale());
    }
}
