package org.skills4cities.toolkit.assessment.web;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.assessment.GapReports;
import org.skills4cities.toolkit.assessment.InvalidAssessment;
import org.skills4cities.toolkit.assessment.InvalidAssessment.Problem;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.assessment.web.AssessmentViews.AssessmentRequest;
import org.skills4cities.toolkit.assessment.web.AssessmentViews.AssessmentView;
import org.skills4cities.toolkit.assessment.web.AssessmentViews.GapReportView;
import org.skills4cities.toolkit.assessment.web.AssessmentViews.RatingRequest;
import org.skills4cities.toolkit.language.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Self-assessments as JSON. Created with an account (Bearer token) they belong to it; created without one, the answer
 * carries an access token, shown once, which the caller sends back in {@code X-Access-Token}.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentApi {

    private final Assessments assessments;
    private final GapReports reports;
    private final AssessmentAccess access;
    private final ReportContent content;

    AssessmentApi(Assessments assessments, GapReports reports, AssessmentAccess access, ReportContent content) {
        this.assessments = assessments;
        this.reports = reports;
        this.access = access;
        this.content = content;
    }

    @PostMapping
    ResponseEntity<AssessmentView> create(@RequestBody AssessmentRequest body, @Nullable Principal principal) {
        List<Problem> problems = new ArrayList<>();
        List<@Nullable Rating> given = ratings(body, problems);
        if (body.framework() == null || body.framework().isBlank()) {
            problems.add(Problem.of("framework", "required"));
        } else {
            problems.addAll(assessments.problems(body.framework(), body.version(), blankToNull(body.role()), given));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessment(problems);
        }
        List<Rating> ratings = given.stream().filter(Objects::nonNull).toList();
        Assessments.Created created = assessments.create(
                body.framework(),
                body.version(),
                blankToNull(body.role()),
                ratings,
                access.account(principal).map(Account::id).orElse(null));
        Assessment assessment = created.assessment();
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id()))
                .body(AssessmentView.of(assessment, created.accessToken()));
    }

    @GetMapping("/{id}")
    AssessmentView get(
            @PathVariable String id,
            @RequestHeader(name = AssessmentAccess.TOKEN_HEADER, required = false) @Nullable String token,
            @Nullable Principal principal) {
        return AssessmentView.of(access.api(id, principal, token), null);
    }

    /** Sets the ratings given (others stay) and, when {@code role} is present, the target role ("" clears it). */
    @PutMapping("/{id}")
    AssessmentView update(
            @PathVariable String id,
            @RequestBody AssessmentRequest body,
            @RequestHeader(name = AssessmentAccess.TOKEN_HEADER, required = false) @Nullable String token,
            @Nullable Principal principal) {
        Assessment assessment = access.api(id, principal, token);
        List<Problem> problems = new ArrayList<>();
        List<@Nullable Rating> given = ratings(body, problems);
        problems.addAll(assessments.problems(assessment.id(), body.role(), given));
        if (!problems.isEmpty()) {
            throw new InvalidAssessment(problems);
        }
        return AssessmentView.of(
                assessments.update(
                        assessment.id(),
                        body.role(),
                        given.stream().filter(Objects::nonNull).toList()),
                null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = AssessmentAccess.TOKEN_HEADER, required = false) @Nullable String token,
            @Nullable Principal principal) {
        assessments.delete(access.api(id, principal, token).id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/gap-report")
    GapReportView gapReport(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String role,
            @RequestHeader(name = AssessmentAccess.TOKEN_HEADER, required = false) @Nullable String token,
            @Nullable Principal principal,
            Language language) {
        GapReport report = reports.report(access.api(id, principal, token), role);
        return GapReportView.of(report, content.offers(report), content.formula(language), language);
    }

    /** The most ratings one request may send: a framework has a few dozen competences. */
    static final int MAX_RATINGS = 200;

    /** The ratings as given, a null in place of each one missing its competence or level (named in problems). */
    private static List<@Nullable Rating> ratings(AssessmentRequest body, List<Problem> problems) {
        List<RatingRequest> given = body.ratings() == null ? List.of() : body.ratings();
        if (given.size() > MAX_RATINGS) {
            throw new InvalidAssessment(List.of(Problem.of("ratings", "tooManyRatings", MAX_RATINGS)));
        }
        List<@Nullable Rating> ratings = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RatingRequest r = given.get(i);
            boolean complete = true;
            if (r == null || r.competence() == null || r.competence().isBlank()) {
                problems.add(Problem.of("ratings[" + i + "].competence", "required"));
                complete = false;
            }
            JsonNode level = r == null ? null : r.level();
            if (level == null || level.isNull()) {
                problems.add(Problem.of("ratings[" + i + "].level", "required"));
                complete = false;
            } else if (!level.isIntegralNumber() || !level.canConvertToInt()) {
                problems.add(Problem.of("ratings[" + i + "].level", "wholeLevel", level.toString()));
                complete = false;
            }
            ratings.add(complete ? new Rating(r.competence().strip(), level.intValue(), r.note()) : null);
        }
        return ratings;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
