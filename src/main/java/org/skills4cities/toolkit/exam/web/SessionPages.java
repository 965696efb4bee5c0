package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.exam.ExamAccess;
import org.skills4cities.toolkit.exam.ExamAttempts;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.ExamSessions;
import org.skills4cities.toolkit.exam.InvalidSession;
import org.skills4cities.toolkit.exam.RegistrationRefused;
import org.skills4cities.toolkit.exam.Registrations;
import org.skills4cities.toolkit.exam.SessionForm;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A certification body's exam sessions, for its assessors (and platform admins): the list and the scheduling form,
 * which refuses a local time the clocks skip and asks which of the two is meant when a time happens twice; a
 * session's page with its candidates and the form to register one by email. For anyone else they do not exist.
 */
@Controller
class SessionPages {

    private final ExamSessions sessions;
    private final ExamAttempts attempts;
    private final Registrations registrations;
    private final ExamAccess access;
    private final RoleTitles roles;
    private final Candidates candidates;
    private final Pages pages;
    private final Clock clock;

    SessionPages(
            ExamSessions sessions,
            ExamAttempts attempts,
            Registrations registrations,
            ExamAccess access,
            RoleTitles roles,
            Candidates candidates,
            Pages pages,
            Clock clock) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.registrations = registrations;
        this.access = access;
        this.roles = roles;
        this.candidates = candidates;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/organisations/{id}/exams")
    String sessions(@PathVariable String id, Principal principal, HttpServletRequest request, Model model) {
        Account actor = candidates.of(principal);
        Organisation body = access.body(actor, ExamPageErrors.uuid(id));
        SessionForm blank =
                new SessionForm("", "", "", sessions.lastZone(body.id()).getId(), "", "60", "30", true);
        return show(request, actor, body, blank, Map.of(), List.of(), model);
    }

    @PostMapping("/organisations/{id}/exams")
    String schedule(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> fields,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = candidates.of(principal);
        Organisation body = access.body(actor, ExamPageErrors.uuid(id));
        SessionForm form = new SessionForm(
                field(fields, "role"),
                field(fields, "date"),
                field(fields, "time"),
                field(fields, "zone"),
                field(fields, "offset"),
                field(fields, "checkIn"),
                field(fields, "capacity"),
                fields.containsKey("openRegistration"));
        ExamSession scheduled;
        try {
            scheduled = sessions.schedule(actor, body.id(), form);
        } catch (InvalidSession e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Page page = pages.of(request, "exam.sessions.title", body.name());
            Map<String, List<String>> errors = new LinkedHashMap<>();
            e.problems()
                    .forEach(p -> errors.computeIfAbsent(p.field(), f -> new ArrayList<>())
                            .add(page.t(p.messageKey(), p.arguments().toArray())));
            return show(request, actor, body, form, errors, e.offsets(), model);
        }
        return "redirect:/organisations/" + body.id() + "/exams/" + scheduled.id() + "?done=scheduled";
    }

    @GetMapping("/organisations/{id}/exams/{session}")
    String session(
            @PathVariable String id,
            @PathVariable String session,
            @RequestParam(defaultValue = "") String done,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Account actor = candidates.of(principal);
        String notice = done.equals("scheduled") || done.equals("registered") ? "exam.session." + done : null;
        return showSession(request, actor, id, session, "", null, notice, model);
    }

    @PostMapping("/organisations/{id}/exams/{session}/candidates")
    String register(
            @PathVariable String id,
            @PathVariable String session,
            @RequestParam(defaultValue = "") String email,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = candidates.of(principal);
        UUID body = ExamPageErrors.uuid(id);
        UUID sessionId = ExamPageErrors.uuid(session);
        try {
            registrations.register(actor, body, sessionId, email);
        } catch (RegistrationRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Page page = pages.of(request, "exam.session.title");
            String refusal = page.t(e.messageKey(), ExamTimes.arguments(page, e.arguments()));
            return showSession(request, actor, id, session, email, refusal, null, model);
        }
        return "redirect:/organisations/" + body + "/exams/" + sessionId + "?done=registered#candidates";
    }

    private String show(
            HttpServletRequest request,
            Account actor,
            Organisation body,
            SessionForm form,
            Map<String, List<String>> errors,
            List<ZoneOffset> offsets,
            Model model) {
        Page page = pages.of(request, "exam.sessions.title", body.name());
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new SessionsView(body, sessions.ofBody(actor, body.id()), roles.choices(page), form, errors, offsets));
        return "exam/sessions";
    }

    private String showSession(
            HttpServletRequest request,
            Account actor,
            String id,
            String sessionId,
            String email,
            @Nullable String refusal,
            @Nullable String notice,
            Model model) {
        Organisation body = access.body(actor, ExamPageErrors.uuid(id));
        ExamSession session = sessions.ofBody(actor, body.id(), ExamPageErrors.uuid(sessionId));
        Page page = pages.of(request, "exam.session.title");
        String role = roles.title(page, session.frameworkSlug(), session.roleCode());
        page = page.titled(page.t("exam.session.heading", role, ExamTimes.of(page, session.localStart())));
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new SessionView(
                        body,
                        session,
                        role,
                        attempts.ofSession(session.id()),
                        clock.instant(),
                        email,
                        refusal,
                        notice));
        return "exam/session";
    }

    private static String field(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }
}
