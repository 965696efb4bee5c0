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
            builder.withHtmlContent(printable(xhtml), baseUri);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering a PDF failed", e);
        }
        return withLanguage(pdf.toByteArray(), language);
    }

    /**
     * The text without the characters XML cannot hold (control characters other than tab, line feed and carriage
     * return, U+FFFE, U+FFFF, a lone surrogate), which would stop the parser; a vertical tab or form feed, as word
     * processors paste for a line break, becomes a line feed.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = surrogatePair
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c < 0xD800)
                    || (c > 0xDFFF && c < 0xFFFE);
            if (allowed && out == null) {
                if (surrogatePair) {
                    i++;
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (surrogatePair) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed) {
                out.append(c);
            } else if (c == 0x0B || c == 0x0C) {
                out.append('\n');
            }
        }
        return out == null ? text : out.toString();
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
