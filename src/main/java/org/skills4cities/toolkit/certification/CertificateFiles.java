package org.skills4cities.toolkit.certification;

import java.util.Optional;
import org.skills4cities.toolkit.certification.document.CertificateContent;
import org.skills4cities.toolkit.certification.document.CertificatePdf;
import org.skills4cities.toolkit.certification.document.ElmExport;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;
import org.springframework.stereotype.Service;

/**
 * A certificate's files: the PDF in a language (the role's and competences' titles from the framework version it was
 * issued under, the dates as calendar days in the issuer's time zone, the QR code to its verification page), and the
 * European Learning Model export (unsigned JSON-LD).
 */
@Service
public class CertificateFiles {

    private final FrameworkCatalogue catalogue;
    private final CertificatePdf pdf;
    private final ElmExport elm;
    private final CredentialDocuments documents;

    CertificateFiles(FrameworkCatalogue catalogue, CertificatePdf pdf, ElmExport elm, CredentialDocuments documents) {
        this.catalogue = catalogue;
        this.pdf = pdf;
        this.elm = elm;
        this.documents = documents;
    }

    /** The certificate as an unsigned European Learning Model credential (JSON-LD), in a language. */
    public byte[] elm(Certificate certificate, Language language) {
        return elm.json(content(certificate, language), documents.issuerUrl(certificate.bodyId()));
    }

    public byte[] pdf(Certificate certificate, Language language) {
        return pdf.render(content(certificate, language));
    }

    /** What the certificate's documents show, in a language. */
    public CertificateContent content(Certificate c, Language language) {
        Framework framework = catalogue.get(c.framework().slug(), c.framework().version());
        Optional<RoleProfile> role = framework.role(c.roleCode());
        return new CertificateContent(
                c.id(),
                c.holderName(),
                role.map(r -> r.title().in(language).text()).orElse(c.roleCode()),
                role.map(r -> "EQF " + r.eqfLevel()).orElse(null),
                framework.title().in(language).text(),
                framework.version(),
                c.bodyName(),
                c.issuedAt().atZone(c.zone()).toLocalDate(),
                c.validUntil().atZone(c.zone()).toLocalDate(),
                c.zone(),
                c.competences().stream()
                        .map(a -> new CertificateContent.Competence(
                                a.competence(),
                                framework
                                        .competence(a.competence())
                                        .map(FrameworkItem::title)
                                        .map(t -> t.in(language).text())
                                        .orElse(a.competence()),
                                a.level()))
                        .toList(),
                documents.verifyUrl(c.id()),
                language);
    }
}
