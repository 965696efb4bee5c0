package org.skills4cities.toolkit.certification.document;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.skills4cities.toolkit.printing.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable certificate: an A4 landscape PDF in the holder's language, with the holder, the role and its level,
 * the framework, the issuer, the dates in the issuer's time zone (named), the identifier and a QR code to the
 * verification page, and on a second page the competences attested. The font is embedded, so Latin, Cyrillic and
 * Greek print and copy back out as text.
 */
@Component
public class CertificatePdf {

    static final String TEMPLATE = "pdf/certificate.jte";

    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final MessageSource messages;

    public CertificatePdf(TemplateEngine templates, PdfRenderer renderer, MessageSource messages) {
        this.templates = templates;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The PDF of the certificate. */
    public byte[] render(CertificateContent content) {
        StringOutput xhtml = new StringOutput();
        templates.render(TEMPLATE, Map.of("sheet", new CertificateSheet(content, messages)), xhtml);
        return renderer.render(
                xhtml.toString(), content.verifyUrl(), content.language().code());
    }
}
