package org.skills4cities.toolkit.printing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;

/**
 * Turns a well-formed XHTML document into PDF. The document's {@code font-family: "DejaVu Sans"} is the DejaVu Sans
 * shipped in the application (regular and bold), embedded as a subset, so every Latin, Cyrillic and Greek letter prints
 * and can be copied back out as text; no font is looked up on the machine or fetched from anywhere.
 */
@Service
public class PdfRenderer {

    /** The font family a printable document names. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /**
     * The PDF of the document; {@code baseUri} resolves its relative links, {@code language} (a BCP 47 tag) is written
     * into the PDF as its language, for screen readers and text extraction.
     */
    public byte[] render(String xhtml, String baseUri, String language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering a PDF failed", e);
        }
        return withLanguage(pdf.toByteArray(), language);
    }

    private static byte[] withLanguage(byte[] pdf, String language) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setLanguage(language);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the language into a PDF failed", e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = PdfRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The font " + path + " is missing from the application");
        }
        return in;
    }
}
