package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.certification.Verifications;
import org.skills4cities.toolkit.credential.Verification;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification pages: {@code /verify} takes a credential pasted or uploaded (JSON or JWT, ours or another
 * issuer's), {@code /verify/{id}} checks one of the platform's certificates by its identifier. Both show the one
 * status, every check and only the public part of the credential, and both count against the verification limit.
 */
@Controller
class VerificationPages {

    private final Verifications verifications;
    private final VerificationLimit limit;
    private final CertificateTexts texts;
    private final Pages pages;

    VerificationPages(Verifications verifications, VerificationLimit limit, CertificateTexts texts, Pages pages) {
        this.verifications = verifications;
        this.limit = limit;
        this.texts = texts;
        this.pages = pages;
    }

    @GetMapping("/verify")
    String form(@RequestParam(defaultValue = "") String id, HttpServletRequest request, Model model) {
        if (!id.isBlank()) {
            return "redirect:/verify/" + id.strip().replaceAll("[^A-Za-z0-9-]", "");
        }
        return page(request, model, null, null, null, null);
    }

    @PostMapping("/verify")
    String check(
            @RequestParam(defaultValue = "") String credential,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (overLimit(request, response, model)) {
            return page(request, model, null, null, null, tooMany(request));
        }
        String text = credential;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > Verifications.MAX_LENGTH) {
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return page(request, model, null, null, null, t(request, "verify.problem.tooLarge"));
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        if (text.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(request, model, null, null, null, t(request, "verify.problem.empty"));
        }
        if (text.length() > Verifications.MAX_LENGTH) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return page(request, model, null, null, null, t(request, "verify.problem.tooLarge"));
        }
        Verification verification = verifications.verify(text);
        return page(request, model, verification, null, null, null);
    }

    @GetMapping("/verify/{id}")
    String certificate(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (overLimit(request, response, model)) {
            return page(request, model, null, null, null, tooMany(request));
        }
        Optional<Verifications.Verified> verified = verifications.certificate(id);
        if (verified.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(request, model, null, id, null, t(request, "verify.problem.unknown", id));
        }
        Page page = pages.of(request, "verify.certificate.title");
        return page(
                request,
                model,
                verified.get().verification(),
                verified.get().certificate().id(),
                verified.get().certificate().zone(),
                null,
                texts.roleTitle(verified.get().certificate(), page));
    }

    private boolean overLimit(HttpServletRequest request, HttpServletResponse response, Model model) {
        long wait = limit.take(request);
        if (wait == 0) {
            return false;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        request.setAttribute("verify.wait", wait);
        return true;
    }

    private String tooMany(HttpServletRequest request) {
        return t(request, "verify.problem.tooMany", limit.limit(), request.getAttribute("verify.wait"));
    }

    private String t(HttpServletRequest request, String key, Object... arguments) {
        return pages.of(request, "verify.page.title").t(key, arguments);
    }

    private String page(
            HttpServletRequest request,
            Model model,
            @Nullable Verification verification,
            @Nullable String certificateId,
            @Nullable ZoneId zone,
            @Nullable String problem) {
        return page(request, model, verification, certificateId, zone, problem, null);
    }

    /** The page; {@code achievement}, for a certificate of the platform, is its role's title in the reader's language. */
    private String page(
            HttpServletRequest request,
            Model model,
            @Nullable Verification verification,
            @Nullable String certificateId,
            @Nullable ZoneId zone,
            @Nullable String problem,
            @Nullable String achievement) {
        Page page = pages.of(request, certificateId == null ? "verify.page.title" : "verify.certificate.title");
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                verification == null ? null : VerificationView.of(verification, page.language(), page::t, zone));
        model.addAttribute("certificateId", certificateId);
        model.addAttribute("problem", problem);
        return "certification/verify";
    }
}
