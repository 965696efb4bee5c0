package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateFiles;
import org.skills4cities.toolkit.certification.CertificateNotFound;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.skills4cities.toolkit.printing.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A certificate's files for its holder and the issuing body's assessors: the PDF in the page's language, the credential
 * as JSON with its embedded proof, the VC-JWT, and the European Learning Model export. All are attachments.
 */
@Controller
class CertificateDownloads {

    private final Certificates certificates;
    private final CertificateFiles files;
    private final Accounts accounts;
    private final Pages pages;

    CertificateDownloads(Certificates certificates, CertificateFiles files, Accounts accounts, Pages pages) {
        this.certificates = certificates;
        this.files = files;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/certificates/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Principal principal, HttpServletRequest request) {
        Certificate c = certificate(principal, id);
        Language language = RequestLanguage.lenient(request.getParameter("lang"), c.language());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment("certificate-" + c.id(), "certificate-" + c.id(), "pdf"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(files.pdf(c, language));
    }

    @GetMapping("/certificates/{id}/credential.json")
    ResponseEntity<byte[]> json(@PathVariable String id, Principal principal) {
        Certificate c = certificate(principal, id);
        return file(c.credential(), "application/vc+ld+json", "credential-" + c.id(), "json");
    }

    @GetMapping("/certificates/{id}/credential.jwt")
    ResponseEntity<byte[]> jwt(@PathVariable String id, Principal principal) {
        Certificate c = certificate(principal, id);
        return file(c.credentialJwt(), "application/vc+jwt", "credential-" + c.id(), "jwt");
    }

    @GetMapping("/certificates/{id}/elm.jsonld")
    ResponseEntity<byte[]> elm(@PathVariable String id, Principal principal, HttpServletRequest request) {
        Certificate c = certificate(principal, id);
        Language language = RequestLanguage.lenient(request.getParameter("lang"), c.language());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment("elm-" + c.id(), "elm-" + c.id(), "jsonld"))
                .body(files.elm(c, language));
    }

    private static ResponseEntity<byte[]> file(String text, String type, String name, String extension) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, name, extension))
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private Certificate certificate(Principal principal, String id) {
        Account actor = accounts.signedIn(principal).orElseThrow(() -> new CertificateNotFound(id));
        return certificates.get(actor, id);
    }

    @ExceptionHandler(CertificateNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
