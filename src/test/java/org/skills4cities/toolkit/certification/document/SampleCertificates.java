package org.skills4cities.toolkit.certification.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.FrameworkDocumentReader;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.json.JsonMapper;

/** SampleCertificates of the reference framework's project manager, in each language, for the document tests. */
final class SampleCertificates {

    static final String ID = "01JF8ZQ4W6X3M9T2K7VYB5RCDN";
    static final String VERIFY_URL = "https://toolkit.example.eu/verify/" + ID;

    static final Map<Language, String> HOLDERS = Map.of(
            Language.EN, "Anna-Maria O'Neill",
            Language.BG, "Йорданка Петрова-Стоянова",
            Language.RO, "Ștefan Țurcanu",
            Language.DE, "Jürgen Groß",
            Language.ES, "María José Peña Núñez",
            Language.EL, "Γιώργος Παπαδόπουλος");

    static final Map<Language, String> ISSUERS = Map.of(
            Language.EN, "Skills4Cities Certification Board",
            Language.BG, "Сертификационен орган Skills4Cities – София",
            Language.RO, "Organismul de certificare Skills4Cities",
            Language.DE, "Zertifizierungsstelle Skills4Cities",
            Language.ES, "Organismo de certificación Skills4Cities",
            Language.EL, "Φορέας πιστοποίησης Skills4Cities – Αθήνα");

    private static final Framework FRAMEWORK = referenceFramework();

    private SampleCertificates() {}

    static CertificateContent of(Language language) {
        return of(language, HOLDERS.get(language));
    }

    static CertificateContent of(Language language, String holder) {
        RoleProfile role = FRAMEWORK.role("SCPM").orElseThrow();
        var competences = role.requirements().stream()
                .map(r -> new CertificateContent.Competence(
                        r.competence(),
                        FRAMEWORK
                                .competence(r.competence())
                                .orElseThrow()
                                .title()
                                .in(language)
                                .text(),
                        r.level()))
                .toList();
        return new CertificateContent(
                ID,
                holder,
                role.title().in(language).text(),
                "3",
                FRAMEWORK.title().in(language).text(),
                FRAMEWORK.version(),
                ISSUERS.get(language),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2029, 2, 28),
                ZoneId.of("Europe/Sofia"),
                competences,
                VERIFY_URL,
                language);
    }

    /** The certificate with another level (or none) and other competences. */
    static CertificateContent with(
            CertificateContent c, @Nullable String level, List<CertificateContent.Competence> competences) {
        return new CertificateContent(
                c.id(),
                c.holderName(),
                c.roleTitle(),
                level,
                c.frameworkTitle(),
                c.frameworkVersion(),
                c.issuerName(),
                c.issuedOn(),
                c.validUntil(),
                c.issuerZone(),
                competences,
                c.verifyUrl(),
                c.language());
    }

    private static Framework referenceFramework() {
        try (InputStream in = SampleCertificates.class.getResourceAsStream("/frameworks/skills4cities.json")) {
            return new FrameworkDocumentReader(JsonMapper.builder().build())
                    .read(in)
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
