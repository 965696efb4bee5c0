package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public registry of certified people: only certificates their holders chose to list, found by a name typed in
 * any case and with or without accents, or by a certificate identifier. It shows the holder's name, the role, the
 * body, the dates and the status; never an e-mail address, a score or evidence.
 */
@Controller
class RegistryPages {

    static final int MAX_QUERY = 200;

    private final Certificates certificates;
    private final CertificateTexts texts;
    private final Pages pages;

    RegistryPages(Certificates certificates, CertificateTexts texts, Pages pages) {
        this.certificates = certificates;
        this.texts = texts;
        this.pages = pages;
    }

    @GetMapping("/registry/people")
    String people(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
        Page page = pages.of(request, "registry.people.title");
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        model.addAttribute("page", page);
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isBlank());
        model.addAttribute(
                "certificates", query.isBlank() ? List.of() : texts.rows(certificates.registry(query), page));
        return "certification/registry";
    }

    @GetMapping("/api/v1/registry/people")
    @ResponseBody
    ResponseEntity<Map<String, Object>> api(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Page page = pages.of(request, "registry.people.title");
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        List<Map<String, Object>> people = (query.isBlank()
                        ? List.<CertificateTexts.Row>of()
                        : texts.rows(certificates.registry(query), page))
                .stream()
                        .map(r -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("id", r.id());
                            entry.put("holder", r.holder());
                            entry.put("role", r.role());
                            entry.put("issuer", r.body());
                            entry.put("issuedOn", r.issuedOn());
                            entry.put("validUntil", r.validUntil());
                            entry.put("status", r.status());
                            entry.put("statusText", r.statusText());
                            entry.put("verify", "/verify/" + r.id());
                            return entry;
                        })
                        .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", query);
        answer.put("people", people);
        answer.put("language", language.code());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(answer);
    }
}
