package org.skills4cities.toolkit.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.assessment.TeamView;
import org.skills4cities.toolkit.assessment.web.AssessmentViews.Named;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team view of a city administration as JSON, for its HR managers and platform admins (Bearer token). Anyone else
 * gets the 404 an organisation they cannot see answers; notes of evidence are never part of it.
 */
@RestController
@Tag(name = "Assessments")
class TeamApi {

    private final CityTeams teams;
    private final MessageSource messages;

    TeamApi(CityTeams teams, MessageSource messages) {
        this.teams = teams;
        this.messages = messages;
    }

    /** A member who shares an assessment: readiness for the role, and their level in each competence it requires. */
    record MemberView(UUID account, String name, int readiness, Instant assessedAt, Map<String, Integer> levels) {}

    /** A competence the role requires, with each member's level in the order of {@code members}. */
    record RowView(
            String competence,
            String title,
            int required,
            boolean mandatory,
            List<Integer> levels,
            long below,
            int totalGap) {}

    /** A unit the members' learning paths take: hours per person, people, and hours in all. */
    record NeedView(String unit, String title, int hoursPerPerson, int people, int hours) {}

    record TeamViewJson(
            UUID organisation,
            String organisationName,
            String framework,
            String version,
            String language,
            Named role,
            List<MemberView> members,
            int notShared,
            List<RowView> rows,
            List<String> gaps,
            boolean curricula,
            List<NeedView> needs,
            int totalHours) {}

    @GetMapping("/api/v1/organisations/{id}/team")
    @Operation(summary = "The team view of a city administration against a role: members, heatmap rows, needs")
    TeamViewJson team(
            @PathVariable UUID id,
            @RequestParam(defaultValue = CityTeams.DEFAULT_FRAMEWORK) String framework,
            @RequestParam(required = false) @Nullable String role,
            @Nullable Principal principal,
            Language language) {
        CityTeam team = teams.of(principal, id, framework, role);
        TeamView view = team.view();
        return new TeamViewJson(
                id,
                team.organisation().name(),
                view.framework().slug(),
                view.framework().version(),
                language.code(),
                Named.of(view.role().code(), view.role().title(), language),
                members(view),
                team.notShared(),
                view.rows().stream()
                        .map(r -> new RowView(
                                r.competence().code(),
                                r.competence().title().in(language).text(),
                                r.required(),
                                r.mandatory(),
                                r.levels(),
                                r.below(),
                                r.totalGap()))
                        .toList(),
                view.gaps().stream().map(r -> r.competence().code()).toList(),
                team.hasCurricula(),
                view.needs().stream()
                        .map(n -> new NeedView(
                                n.unit().code(),
                                n.unit().title().in(language).text(),
                                n.unit().hours(),
                                n.people(),
                                n.hours()))
                        .toList(),
                view.totalHours());
    }

    /** The same answer as for an organisation the caller cannot see. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(TeamNotFound e, HttpServletRequest request) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                messages.getMessage(
                        "problem.notFound.detail",
                        new Object[] {"organisation", e.organisation().toString()},
                        language.locale()));
        problem.setTitle(messages.getMessage("problem.notFound.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    private static List<MemberView> members(TeamView view) {
        return IntStream.range(0, view.members().size())
                .mapToObj(i -> {
                    TeamView.Member m = view.members().get(i);
                    Map<String, Integer> levels = new LinkedHashMap<>();
                    view.rows()
                            .forEach(r ->
                                    levels.put(r.competence().code(), r.levels().get(i)));
                    return new MemberView(
                            m.account(), m.name(), m.readiness(), m.assessment().updatedAt(), levels);
                })
                .toList();
    }
}
