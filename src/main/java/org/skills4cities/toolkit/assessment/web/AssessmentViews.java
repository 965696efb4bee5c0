package org.skills4cities.toolkit.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.LearningPath;
import org.skills4cities.toolkit.curriculum.Need;
import org.skills4cities.toolkit.curriculum.PathStep;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/** The shapes of the assessment API. */
final class AssessmentViews {

    private AssessmentViews() {}

    /** What a caller sends to create or change an assessment. */
    record AssessmentRequest(
            @Nullable String framework,
            @Nullable String version,
            @Nullable String role,
            @Nullable List<RatingRequest> ratings) {}

    /** A rating as sent; the level is read as any JSON value, so that 2.5 or "3" are refused and not converted. */
    record RatingRequest(
            @Nullable String competence,
            @Nullable JsonNode level,
            @Nullable String note) {}

    record AssessmentView(
            String id,
            String framework,
            String version,
            @Nullable String role,
            Instant createdAt,
            Instant updatedAt,
            List<Rating> ratings,
            @Nullable String accessToken,
            Map<String, String> links) {

        static AssessmentView of(Assessment a, @Nullable String accessToken) {
            String self = "/api/v1/assessments/" + a.id();
            Map<String, String> links = accessToken == null
                    ? Map.of("self", self, "gapReport", self + "/gap-report", "page", "/assessments/" + a.id())
                    : Map.of(
                            "self",
                            self,
                            "gapReport",
                            self + "/gap-report",
                            "resume",
                            "/assessments/resume/" + accessToken);
            return new AssessmentView(
                    a.id().toString(),
                    a.framework().slug(),
                    a.framework().version(),
                    a.role(),
                    a.createdAt(),
                    a.updatedAt(),
                    a.ratings(),
                    accessToken,
                    links);
        }
    }

    record Named(String code, String title) {

        static Named of(String code, LocalizedText title, Language language) {
            return new Named(code, title.in(language).text());
        }
    }

    record GapView(String competence, String title, int current, int required, boolean mandatory, int gap) {

        static GapView of(GapReport.Line line, Language language) {
            return new GapView(
                    line.competence().code(),
                    line.competence().title().in(language).text(),
                    line.current(),
                    line.required(),
                    line.mandatory(),
                    line.gap());
        }
    }

    record RoleReadinessView(String code, String title, int readiness, int mandatoryGaps) {}

    record OfferView(
            String id,
            String provider,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String place,
            boolean online,
            String language,
            BigDecimal price,
            String currency,
            String link) {

        static OfferView of(CourseOffer o) {
            return new OfferView(
                    o.id().toString(),
                    o.providerName(),
                    o.title(),
                    o.startsOn(),
                    o.endsOn(),
                    o.place(),
                    o.online(),
                    o.language(),
                    o.price(),
                    o.currency(),
                    o.link());
        }
    }

    record StepView(
            String code,
            String title,
            int hours,
            BigDecimal credits,
            boolean mandatory,
            List<Map<String, Object>> closes,
            List<OfferView> offers) {}

    record PathView(int hours, BigDecimal credits, List<StepView> units, List<Need> untaught) {

        static PathView of(LearningPath path, Map<String, List<CourseOffer>> offers, Language language) {
            return new PathView(
                    path.hours(),
                    path.credits(),
                    path.steps().stream().map(s -> step(s, offers, language)).toList(),
                    path.untaught());
        }

        private static StepView step(PathStep s, Map<String, List<CourseOffer>> offers, Language language) {
            return new StepView(
                    s.unit().code(),
                    s.unit().title().in(language).text(),
                    s.unit().hours(),
                    s.unit().credits(),
                    s.mandatory(),
                    s.closes().stream()
                            .map(o -> Map.<String, Object>of("competence", o.competence(), "level", o.level()))
                            .toList(),
                    offers.getOrDefault(s.unit().code(), List.of()).stream()
                            .map(OfferView::of)
                            .toList());
        }
    }

    record GapReportView(
            String assessment,
            String framework,
            String version,
            String language,
            Named role,
            int readiness,
            String readinessFormula,
            List<GapView> gaps,
            List<GapView> met,
            List<GapView> notRequired,
            List<RoleReadinessView> roles,
            RoleReadinessView bestMatchingRole,
            @Nullable PathView learningPath) {

        static GapReportView of(
                GapReport report, Map<String, List<CourseOffer>> offers, String formula, Language language) {
            List<RoleReadinessView> roles = report.readiness().stream()
                    .map(r -> new RoleReadinessView(
                            r.role().code(), r.role().title().in(language).text(), r.percent(), r.mandatoryGaps()))
                    .toList();
            RoleProfile best = report.bestMatchingRole();
            return new GapReportView(
                    report.assessment().id().toString(),
                    report.framework().slug(),
                    report.framework().version(),
                    language.code(),
                    Named.of(report.role().code(), report.role().title(), language),
                    report.percent(),
                    formula,
                    report.lines().stream()
                            .filter(l -> l.gap() > 0)
                            .map(l -> GapView.of(l, language))
                            .toList(),
                    report.lines().stream()
                            .filter(l -> l.gap() == 0)
                            .map(l -> GapView.of(l, language))
                            .toList(),
                    report.notRequired().stream()
                            .map(l -> GapView.of(l, language))
                            .toList(),
                    roles,
                    roles.stream()
                            .filter(r -> r.code().equals(best.code()))
                            .findFirst()
                            .orElseThrow(),
                    report.path().map(p -> PathView.of(p, offers, language)).orElse(null));
        }
    }
}
