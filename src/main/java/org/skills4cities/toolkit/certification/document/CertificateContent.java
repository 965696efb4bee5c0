package org.skills4cities.toolkit.certification.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a certificate document shows, already in the holder's language. */
public record CertificateContent(
        String id, // 26-character identifier
        String holderName,
        String roleTitle, // e.g. "Smart city project manager", in the document's language
        @Nullable String level, // null when the rules give none
        String frameworkTitle,
        String frameworkVersion,
        String issuerName, // the certification body
        java.time.LocalDate issuedOn,
        java.time.LocalDate validUntil, // already in the issuer's time zone
        java.time.ZoneId issuerZone,
        List<Competence> competences, // code, title, level attested
        String verifyUrl, // {base}/verify/{id}
        org.skills4cities.toolkit.language.Language language) {

    /** A competence the certificate attests, with the level attested. */
    public record Competence(String code, String title, int level) {}
}
