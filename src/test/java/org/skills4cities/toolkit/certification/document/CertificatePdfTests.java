package org.skills4cities.toolkit.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.printing.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class CertificatePdfTests {

    static final MessageSource MESSAGES = messages();

    private final CertificatePdf pdf =
            new CertificatePdf(TemplateEngine.createPrecompiled(ContentType.Html), new PdfRenderer(), MESSAGES);

    @ParameterizedTest
    @EnumSource(Language.class)
    void printsTheHolderRoleLabelsAndDatesInTheHoldersLanguage(Language language) throws IOException {
        CertificateContent content = SampleCertificates.of(language);

        String text = text(pdf.render(content));

        List<String> expected = new ArrayList<>(List.of(
                content.holderName(),
                content.roleTitle(),
                content.issuerName(),
                content.frameworkTitle(),
                content.id(),
                label("certificate.pdf.heading", language),
                label("certificate.pdf.awardedTo", language),
                label("certificate.pdf.issuedOn", language),
                label("certificate.pdf.validUntil", language),
                label("certificate.pdf.identifier", language),
                label("certificate.pdf.competences", language),
                label("certificate.pdf.level", language, content.level()),
                "Europe/Sofia"));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        expected.add(dates.format(content.issuedOn()));
        expected.add(dates.format(content.validUntil()));
        content.competences().forEach(c -> expected.add(c.title()));
        for (String shown : expected) {
            assertThat(squeezed(text)).as("%s in %s", shown, language).contains(squeezed(shown));
        }
        assertThat(unspaced(text))
                .as("the address, perhaps broken over two lines")
                .contains(SampleCertificates.VERIFY_URL);
    }

    @Test
    void keepsGreekAndBulgarianTextIntactWhenReadBack() throws IOException {
        String greek = text(pdf.render(SampleCertificates.of(Language.EL)));
        String bulgarian = text(pdf.render(SampleCertificates.of(Language.BG)));

        assertThat(greek)
                .contains("Γιώργος Παπαδόπουλος")
                .contains("Διαχειριστής έργων έξυπνης πόλης")
                .contains("Πιστοποιητικό")
                .contains("Ημερομηνία έκδοσης")
                .contains("1 Μαρτίου 2026");
        assertThat(bulgarian)
                .contains("Йорданка Петрова-Стоянова")
                .contains("Ръководител на проекти за интелигентни градове")
                .contains("Този сертификат се присъжда на")
                .contains("1 март 2026");
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(SampleCertificates.of(Language.EL)))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("el");
        }
    }

    @Test
    void printsAQrCodeThatReadsAsTheVerificationAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(SampleCertificates.of(Language.BG)))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);

            assertThat(qrCode(page)).isEqualTo(SampleCertificates.VERIFY_URL);
        }
    }

    @Test
    void fitsTheCertificateOnAFaceAndTheCompetencesOnASecondPageInLandscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(SampleCertificates.of(Language.DE)))) {
            PDPage face = document.getPage(0);

            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(face.getMediaBox().getWidth())
                    .isGreaterThan(face.getMediaBox().getHeight());
            assertThat(text(document, 1, 1)).contains("Jürgen Groß").contains(SampleCertificates.ID);
            assertThat(text(document, 2, 2)).contains("Bescheinigte Kompetenzen");
        }
    }

    @Test
    void printsOnlyTheFaceWhenNoCompetenceIsListed() throws IOException {
        CertificateContent c = SampleCertificates.of(Language.EN);
        CertificateContent without = SampleCertificates.with(c, c.level(), List.of());

        try (PDDocument document = Loader.loadPDF(pdf.render(without))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document, 1, 1)).doesNotContain(label("certificate.pdf.overleaf", Language.EN));
        }
    }

    @Test
    void printsNamesWithMarkupCharactersAsText() throws Exception {
        String name = "<b>Tom & \"Jerry\"</b> <script>alert(1)</script> O'Brien";

        byte[] document = pdf.render(SampleCertificates.of(Language.EN, name));

        assertThat(squeezed(text(document))).contains(squeezed(name));
    }

    @Test
    void keepsAVeryLongNameOnTheFaceAndTheQrCodeReadable() throws Exception {
        String name = ("Παναγιώτα-Αικατερίνη Χατζηγεωργίου-Κωνσταντινοπούλου ")
                .repeat(4)
                .substring(0, 200);
        assertThat(name).hasSize(200);

        try (PDDocument document = Loader.loadPDF(pdf.render(SampleCertificates.of(Language.EL, name)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(unspaced(text(document, 1, 1))).contains(unspaced(name)).contains(SampleCertificates.ID);
            assertThat(qrCode(new PDFRenderer(document).renderImageWithDPI(0, 150)))
                    .isEqualTo(SampleCertificates.VERIFY_URL);
        }
    }

    @Test
    void printsANameOfOneUnbrokenWordOf200Letters() throws IOException {
        String name = "Ж".repeat(200);

        try (PDDocument document = Loader.loadPDF(pdf.render(SampleCertificates.of(Language.BG, name)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(unspaced(text(document, 1, 1))).contains(name);
        }
    }

    @Test
    void leavesOutTheLevelLineWhenTheRulesGiveNone() throws IOException {
        CertificateContent c = SampleCertificates.of(Language.EN);
        CertificateContent without = SampleCertificates.with(c, null, c.competences());

        assertThat(face(pdf.render(c))).contains(label("certificate.pdf.level", Language.EN, c.level()));
        assertThat(face(pdf.render(without))).doesNotContain("Level ");
    }

    @Test
    void printsALevelWrittenAsAnEqfLevelAsTheEqfLevelInTheLanguage() throws IOException {
        CertificateContent english = SampleCertificates.of(Language.EN);
        CertificateContent greek = SampleCertificates.of(Language.EL);

        assertThat(face(pdf.render(SampleCertificates.with(english, "EQF 6", List.of()))))
                .contains("EQF level 6");
        assertThat(face(pdf.render(SampleCertificates.with(greek, "EQF 6", List.of()))))
                .contains("Επίπεδο 6 ΕΠΠ");
    }

    /**
     * Keeps every line of the face inside its frame, whatever the language and however long the name (a face whose
     * text ran past the frame's lower edge would still be one page); writes each face to {@code target/} to look at.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsTheTextOfTheFaceInsideTheFrame(Language language) throws IOException {
        List<CertificateContent> certificates = List.of(
                SampleCertificates.of(language),
                SampleCertificates.of(language, "Ж".repeat(100) + " " + "Й".repeat(99)),
                SampleCertificates.of(language, "Wolfgang Amadeus ".repeat(12).substring(0, 200)));

        for (int i = 0; i < certificates.size(); i++) {
            try (PDDocument document = Loader.loadPDF(pdf.render(certificates.get(i)))) {
                ImageIO.write(
                        new PDFRenderer(document).renderImageWithDPI(0, 100),
                        "png",
                        target().resolve("certificate-" + language.code() + "-" + i + ".png")
                                .toFile());

                assertThat(lowestLine(document))
                        .as("the lowest line, in mm from the top")
                        .isLessThan(FRAME_BOTTOM_MM);
            }
        }
    }

    /** Where the frame's inner edge runs: 9 mm page margin, 183 mm sheet, less its border and the frame's padding. */
    private static final double FRAME_BOTTOM_MM = 9 + 2.2 + 1.6 + 163 + 9;

    /** The baseline of the lowest text on the first page, in millimetres from the top. */
    private static double lowestLine(PDDocument document) throws IOException {
        double[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> lowest[0] = Math.max(lowest[0], p.getYDirAdj()));
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        return lowest[0] * 25.4 / 72;
    }

    private static Path target() throws IOException {
        return Files.createDirectories(Path.of("target", "certificates"));
    }

    static String qrCode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)))
                    .getText();
        } catch (NotFoundException e) {
            return "no QR code found";
        }
    }

    static String label(String key, Language language, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, language.locale());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    private static String face(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, 1);
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** The text with every run of white space made one space, as lines broken by the layout come back. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text without white space, as words the layout broke over lines come back. */
    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
