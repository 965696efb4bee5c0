package org.skills4cities.toolkit.explorer;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.printing.Downloads;
import org.skills4cities.toolkit.printing.PdfRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Printable profiles: a role profile or a competence as a PDF in the reader's language, saved under its title in that
 * language (and under an ASCII name for clients that cannot take it).
 */
@Controller
class ProfilePdfController {

    private final FrameworkCatalogue catalogue;
    private final Pages pages;
    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final Clock clock;

    ProfilePdfController(
            FrameworkCatalogue catalogue, Pages pages, TemplateEngine templates, PdfRenderer pdf, Clock clock) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/frameworks/{id}/roles/{code}/pdf")
    ResponseEntity<byte[]> role(@PathVariable String id, @PathVariable String code, HttpServletRequest request) {
        Framework framework = catalogue.get(id);
        RoleProfile role = catalogue.role(id, code);
        Page page = pages.of(request, "pdf.roleProfile");
        byte[] document = render(
                "pdf/role.jte",
                Map.of("page", page, "framework", framework, "role", role, "printed", today(page)),
                request);
        String name = page.text(role.title()).text();
        return download(document, framework.slug() + "-" + role.code(), name, page);
    }

    @GetMapping("/frameworks/{id}/competences/{code}/pdf")
    ResponseEntity<byte[]> competence(@PathVariable String id, @PathVariable String code, HttpServletRequest request) {
        Framework framework = catalogue.get(id);
        FrameworkItem competence = catalogue.competence(id, code);
        FrameworkItem area = framework.topLevelOf(code).orElse(competence);
        Page page = pages.of(request, "competence.levels");
        byte[] document = render(
                "pdf/competence.jte",
                Map.of(
                        "page", page,
                        "framework", framework,
                        "competence", competence,
                        "area", area,
                        "printed", today(page)),
                request);
        String name = competence.code() + " " + page.text(competence.title()).text();
        return download(document, framework.slug() + "-" + competence.code(), name, page);
    }

    /** The day of printing where the platform's users are ({@code toolkit.time-zone}), not where UTC is. */
    private LocalDate today(Page page) {
        return LocalDate.ofInstant(clock.instant(), page.zone());
    }

    private byte[] render(String template, Map<String, Object> model, HttpServletRequest request) {
        StringOutput xhtml = new StringOutput();
        templates.render(template, model, xhtml);
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
        return pdf.render(
                xhtml.toString(), base, ((Page) model.get("page")).language().code());
    }

    private static ResponseEntity<byte[]> download(byte[] document, String asciiName, String name, Page page) {
        String language = page.language().code();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(asciiName + "-" + language, name, "pdf"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .body(document);
    }
}
