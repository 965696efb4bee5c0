package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.accreditation.ApplicationFile;
import org.skills4cities.toolkit.accreditation.Applications;
import org.skills4cities.toolkit.accreditation.InvalidInput;
import org.skills4cities.toolkit.accreditation.Rating;
import org.skills4cities.toolkit.accreditation.Refused;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The accreditation pages of signed-in people: their applications and the form to open one; an application's page
 * with the applicant's statements and evidence and the assessor's review; the body's applications and
 * accreditations, with withdrawal. A step done goes back to the page with a notice (a new GET); a step refused shows
 * the page again with the reason in the reader's language and the status that says it (409, 400, 413, 415).
 */
@Controller
class AccreditationPages {

    /** The notices a step may leave, by the code in the address. */
    static final Set<String> NOTICES = Set.of(
            "open",
            "write",
            "add-evidence",
            "remove-evidence",
            "submit",
            "take",
            "rate",
            "ask-for-more",
            "accredit",
            "refuse",
            "withdraw");

    private final Applications applications;
    private final Accreditations accreditations;
    private final Pages pages;

    AccreditationPages(Applications applications, Accreditations accreditations, Pages pages) {
        this.applications = applications;
        this.accreditations = accreditations;
        this.pages = pages;
    }

    @GetMapping("/accreditation")
    String mine(@RequestParam(required = false) @Nullable String notice, AccreditationForm form) {
        return mine(form, null, notice);
    }

    private String mine(AccreditationForm form, @Nullable String problem, @Nullable String notice) {
        Account actor = form.actor();
        HttpServletRequest request = form.request();
        ModelMap model = form.model();
        model.addAttribute("page", pages.of(request, "accreditation.mine.title"));
        model.addAttribute("applications", applications.ofApplicant(actor));
        model.addAttribute("organisations", applications.organisationsOf(actor));
        model.addAttribute("trainingWith", applications.trainingWith(actor));
        model.addAttribute("bodies", applications.bodies());
        boolean assessor = !applications.assessorOf(actor).isEmpty();
        model.addAttribute("assessor", assessor);
        model.addAttribute("review", assessor ? applications.ofBodies(actor) : java.util.List.of());
        model.addAttribute("decided", assessor ? accreditations.ofBodies(actor) : java.util.List.of());
        model.addAttribute(
                "today", java.time.LocalDate.now(pages.of(request, "app.name").zone()));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice(notice));
        return "accreditation/mine";
    }

    /** Opens an application: {@code for} is {@code organisation:<id>} or {@code trainer:<id>}. */
    @PostMapping("/accreditation/applications")
    String open(
            @RequestParam(name = "for", defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            AccreditationForm form) {
        Account actor = form.actor();
        return step(form, problem -> mine(form, problem, null), () -> {
            String[] parts = subject.split(":", 2);
            if (parts.length != 2) {
                throw new InvalidInput("organisation", "required");
            }
            Subject kind = parts[0].equals("trainer") ? Subject.TRAINER : Subject.TRAINING_ORGANISATION;
            ApplicationFile file = applications.open(actor, kind, uuid("organisation", parts[1]), uuid("body", body));
            return "redirect:/accreditation/applications/" + file.id() + "?notice=open";
        });
    }

    @GetMapping("/accreditation/applications/{id}")
    String show(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String notice, AccreditationForm form) {
        return show(form, id, null, notice);
    }

    private String show(AccreditationForm form, UUID id, @Nullable String problem, @Nullable String notice) {
        Account actor = form.actor();
        HttpServletRequest request = form.request();
        ModelMap model = form.model();
        ApplicationFile file = applications.get(actor, id);
        Page page = pages.of(request, "app.name");
        model.addAttribute(
                "page",
                page.titled(page.t(
                        "accreditation.application.title."
                                + file.application().subject().code(),
                        file.application().name())));
        model.addAttribute("view", new ApplicationView(file, applications.standing(actor, file)));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice(notice));
        return "accreditation/application";
    }

    @PostMapping("/accreditation/applications/{id}/statements")
    String write(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(defaultValue = "") String statement,
            AccreditationForm form) {
        return attempt(form, id, "write", actor -> applications.write(actor, id, criterion, statement));
    }

    @PostMapping("/accreditation/applications/{id}/evidence/files")
    String addFile(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(required = false) @Nullable MultipartFile file,
            AccreditationForm form) {
        return attempt(form, id, "add-evidence", actor -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "required");
            }
            try {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                applications.addFile(actor, id, criterion, name, file.getBytes());
            } catch (IOException e) {
                throw new InvalidInput("file", "required");
            }
        });
    }

    @PostMapping("/accreditation/applications/{id}/evidence/links")
    String addLink(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable String label,
            AccreditationForm form) {
        return attempt(form, id, "add-evidence", actor -> applications.addLink(actor, id, criterion, url, label));
    }

    @PostMapping("/accreditation/applications/{id}/evidence/{evidence}/remove")
    String removeEvidence(@PathVariable UUID id, @PathVariable UUID evidence, AccreditationForm form) {
        return attempt(form, id, "remove-evidence", actor -> applications.removeEvidence(actor, id, evidence));
    }

    /**
     * An evidence file: always an attachment of opaque bytes that the browser must not sniff or render, sandboxed
     * should it be opened anyway, kept in no cache. What an applicant uploaded is never shown from our origin.
     */
    @GetMapping("/accreditation/applications/{id}/evidence/{evidence}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidence, AccreditationForm form) {
        return download(applications.file(form.actor(), id, evidence));
    }

    static ResponseEntity<byte[]> download(Applications.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.label(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping("/accreditation/applications/{id}/submit")
    String submit(@PathVariable UUID id, AccreditationForm form) {
        return attempt(form, id, "submit", actor -> applications.submit(actor, id));
    }

    @PostMapping("/accreditation/applications/{id}/take")
    String take(@PathVariable UUID id, AccreditationForm form) {
        return attempt(form, id, "take", actor -> applications.takeForReview(actor, id));
    }

    @PostMapping("/accreditation/applications/{id}/ratings")
    String rate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(defaultValue = "") String rating,
            @RequestParam(defaultValue = "") String comment,
            AccreditationForm form) {
        return attempt(form, id, "rate", actor -> {
            Rating chosen = Rating.ofCode(rating).orElseThrow(() -> new InvalidInput("rating", "rating"));
            applications.rate(actor, id, criterion, chosen, comment);
        });
    }

    @PostMapping("/accreditation/applications/{id}/requests")
    String askForMore(@PathVariable UUID id, @RequestParam(defaultValue = "") String message, AccreditationForm form) {
        return attempt(form, id, "ask-for-more", actor -> applications.askForMore(actor, id, message));
    }

    @PostMapping("/accreditation/applications/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason,
            AccreditationForm form) {
        String notice = decision.equals("refuse") ? "refuse" : "accredit";
        return attempt(form, id, notice, actor -> {
            switch (decision) {
                case "accredit" -> applications.accredit(actor, id, reason);
                case "refuse" -> applications.refuse(actor, id, reason);
                default -> throw new InvalidInput("decision", "decision");
            }
        });
    }

    /** Withdraws an accreditation of the assessor's body, with the reason; back to the accreditation page. */
    @PostMapping("/accreditation/accreditations/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, AccreditationForm form) {
        return step(form, problem -> mine(form, problem, null), () -> {
            accreditations.withdraw(form.actor(), id, reason);
            return "redirect:/accreditation?notice=withdraw";
        });
    }

    private String attempt(AccreditationForm form, UUID id, String notice, Consumer<Account> step) {
        return step(form, problem -> show(form, id, problem, null), () -> {
            step.accept(form.actor());
            return "redirect:/accreditation/applications/" + id + "?notice=" + notice;
        });
    }

    /** Takes a step and goes where it says; refused, shows the page again with the reason and the status. */
    private String step(AccreditationForm form, Function<String, String> again, Supplier<String> step) {
        try {
            return step.get();
        } catch (Refused e) {
            form.response().setStatus(409);
            return again.apply(message(form.request(), e));
        } catch (InvalidInput e) {
            form.response().setStatus(e.status());
            return again.apply(message(form.request(), e));
        }
    }

    private String message(HttpServletRequest request, Refused e) {
        Page page = pages.of(request, "app.name");
        return page.t(e.messageKey(), translated(page, e.arguments().toArray()));
    }

    private String message(HttpServletRequest request, InvalidInput e) {
        Page page = pages.of(request, "app.name");
        return page.t("accreditation.field." + e.field()) + ": "
                + page.t(e.messageKey(), e.arguments().toArray());
    }

    /** Arguments that are message keys themselves (a status, a step) in the page's language. */
    static Object[] translated(Page page, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String s && s.startsWith("accreditation.")) {
                shown[i] = page.t(s);
            }
        }
        return shown;
    }

    private static @Nullable String notice(@Nullable String notice) {
        return notice != null && NOTICES.contains(notice) ? "accreditation.notice." + notice : null;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "required");
        }
    }
}
