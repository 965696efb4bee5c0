package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.exam.Answers;
import org.skills4cities.toolkit.exam.AttemptClosing;
import org.skills4cities.toolkit.exam.AttemptState;
import org.skills4cities.toolkit.exam.ExamAttempt;
import org.skills4cities.toolkit.exam.ExamAttempts;
import org.skills4cities.toolkit.exam.ExamSessions;
import org.skills4cities.toolkit.exam.RegistrationRefused;
import org.skills4cities.toolkit.exam.Registrations;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A candidate's exams: their sessions with local times in each session's zone, registration for open sessions, the
 * check-in, and one attempt's page, which is the waiting room before the start, the exam while the session runs and
 * the result after it (the attempt is closed on the spot if the end has passed and the job has not got to it yet).
 */
@Controller
class CandidatePages {

    private final ExamAttempts attempts;
    private final ExamSessions sessions;
    private final Registrations registrations;
    private final Answers answers;
    private final AttemptClosing closing;
    private final RoleTitles roles;
    private final Candidates candidates;
    private final Pages pages;
    private final Clock clock;

    CandidatePages(
            ExamAttempts attempts,
            ExamSessions sessions,
            Registrations registrations,
            Answers answers,
            AttemptClosing closing,
            RoleTitles roles,
            Candidates candidates,
            Pages pages,
            Clock clock) {
        this.attempts = attempts;
        this.sessions = sessions;
        this.registrations = registrations;
        this.answers = answers;
        this.closing = closing;
        this.roles = roles;
        this.candidates = candidates;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/exams")
    String mine(
            @RequestParam(defaultValue = "") String done,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        String notice = done.equals("registered") ? "exam.mine.registered" : null;
        model.addAllAttributes(mine(candidates.of(principal), pages.of(request, "exam.mine.title"), notice, null));
        return "exam/mine";
    }

    @PostMapping("/exams/sessions/{session}/register")
    String register(@PathVariable String session, Principal principal) {
        registrations.registerSelf(candidates.of(principal), ExamPageErrors.uuid(session));
        return "redirect:/exams?done=registered";
    }

    @PostMapping("/exams/attempts/{id}/check-in")
    String checkIn(@PathVariable String id, Principal principal) {
        attempts.checkIn(candidates.of(principal), ExamPageErrors.uuid(id));
        return "redirect:/exams/attempts/" + id;
    }

    /** A registration or check-in the rules refuse: the exams page again, saying why. */
    @ExceptionHandler(RegistrationRefused.class)
    ModelAndView refused(RegistrationRefused e, Principal principal, HttpServletRequest request) {
        Page page = pages.of(request, "exam.mine.title");
        ModelAndView refused = new ModelAndView("exam/mine", HttpStatus.CONFLICT);
        refused.addAllObjects(mine(
                candidates.of(principal),
                page,
                null,
                page.t(e.messageKey(), ExamTimes.arguments(page, e.arguments()))));
        return refused;
    }

    @GetMapping("/exams/attempts/{id}")
    String attempt(@PathVariable String id, Principal principal, HttpServletRequest request, Model model) {
        Account candidate = candidates.of(principal);
        UUID attemptId = ExamPageErrors.uuid(id);
        ExamAttempt attempt = attempts.of(candidate, attemptId);
        Instant now = clock.instant();
        AttemptState state = attempt.state(now);
        if ((state == AttemptState.CLOSED || state == AttemptState.ABSENT) && attempt.closedAt() == null) {
            closing.close(attemptId);
            attempt = attempts.of(candidate, attemptId);
        }
        Page page = pages.of(request, "exam.attempt.title");
        String role = roles.title(
                page, attempt.session().frameworkSlug(), attempt.session().roleCode());
        page = page.titled(page.t("exam.attempt.heading", role));
        boolean taking = state == AttemptState.IN_PROGRESS;
        Map<String, String> areas = new HashMap<>();
        if (attempt.result() != null) {
            for (var area : attempt.result().areas()) {
                areas.put(area.area(), roles.area(page, attempt.session().frameworkSlug(), area.area()));
            }
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new AttemptView(
                        attempt,
                        state,
                        role,
                        now,
                        taking ? attempts.form(attempt) : null,
                        taking ? answers.kept(attemptId) : Map.of(),
                        areas,
                        roles.passMark(
                                        attempt.session().frameworkSlug(),
                                        attempt.session().roleCode())
                                .orElse(null),
                        csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
                        csrf == null ? "" : csrf.getToken()));
        return "exam/attempt";
    }

    private Map<String, Object> mine(Account candidate, Page page, @Nullable String notice, @Nullable String refusal) {
        var mine = attempts.ofCandidate(candidate.id());
        var open = sessions.open();
        Map<String, String> titles = new HashMap<>();
        mine.forEach(a -> titles.put(
                a.session().roleCode(),
                roles.title(page, a.session().frameworkSlug(), a.session().roleCode())));
        open.forEach(o -> titles.put(
                o.session().roleCode(),
                roles.title(page, o.session().frameworkSlug(), o.session().roleCode())));
        return Map.of("page", page, "view", new MyExamsView(mine, open, titles, clock.instant(), notice, refusal));
    }
}
