package org.skills4cities.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.validation.EvidenceRejected.Reason;

class EvidenceContentTests {

    @Test
    void recognisesEachAcceptedTypeByItsContent() {
        assertThat(EvidenceContent.check("report.pdf", EvidenceFiles.pdf())).isEqualTo(FileType.PDF);
        assertThat(EvidenceContent.check("map.png", EvidenceFiles.png())).isEqualTo(FileType.PNG);
        assertThat(EvidenceContent.check("photo.JPG", EvidenceFiles.jpeg())).isEqualTo(FileType.JPEG);
        assertThat(EvidenceContent.check("photo.jpeg", EvidenceFiles.jpeg())).isEqualTo(FileType.JPEG);
        assertThat(EvidenceContent.check("plan.docx", EvidenceFiles.docx())).isEqualTo(FileType.DOCX);
        assertThat(EvidenceContent.check("minutes.odt", EvidenceFiles.odt())).isEqualTo(FileType.ODT);
    }

    @Test
    void takesAFileWithoutAnExtensionAsWhatItIs() {
        assertThat(EvidenceContent.check("scan", EvidenceFiles.pdf())).isEqualTo(FileType.PDF);
    }

    @Test
    void refusesHtmlAndProgramsRenamedToPdf() {
        assertRejected("report.pdf", EvidenceFiles.html(), Reason.UNSUPPORTED);
        assertRejected("report.pdf", EvidenceFiles.exe(), Reason.UNSUPPORTED);
        assertRejected("report.html", EvidenceFiles.html(), Reason.UNSUPPORTED);
    }

    @Test
    void refusesAPngNamedPdfAsAMismatchSayingWhatItIs() {
        assertThatThrownBy(() -> EvidenceContent.check("report.pdf", EvidenceFiles.png()))
                .isInstanceOfSatisfying(EvidenceRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISMATCH);
                    assertThat(e.arguments()).containsExactly("PNG", ".pdf");
                });
    }

    @Test
    void refusesTruncatedFilesAsDamaged() {
        byte[] png = EvidenceFiles.png();
        assertRejected("map.png", Arrays.copyOf(png, png.length - 20), Reason.DAMAGED);
        byte[] pdf = EvidenceFiles.pdf();
        assertRejected("report.pdf", Arrays.copyOf(pdf, pdf.length / 2), Reason.DAMAGED);
        byte[] jpeg = EvidenceFiles.jpeg();
        assertRejected("photo.jpg", Arrays.copyOf(jpeg, jpeg.length - 10), Reason.DAMAGED);
        byte[] docx = EvidenceFiles.docx();
        assertRejected("plan.docx", Arrays.copyOf(docx, docx.length - 30), Reason.DAMAGED);
    }

    @Test
    void refusesAPngWhoseChecksumIsWrong() {
        byte[] png = EvidenceFiles.png();
        png[20] ^= 0x55;
        assertRejected("map.png", png, Reason.DAMAGED);
    }

    @Test
    void refusesArchivesThatAreNotTextDocuments() {
        assertRejected("plan.docx", EvidenceFiles.zip(), Reason.UNSUPPORTED);
        assertRejected(
                "sheet.odt", EvidenceFiles.odf("application/vnd.oasis.opendocument.spreadsheet"), Reason.UNSUPPORTED);
    }

    @Test
    void refusesAWordDocumentWithMacrosRenamedToDocx() {
        byte[] macro = EvidenceFiles.officeArchive("application/vnd.ms-word.document.macroEnabled.main+xml");
        byte[] plain = EvidenceFiles.officeArchive(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        assertThat(EvidenceContent.detect(plain)).contains(FileType.DOCX);
        assertRejected("plan.docx", macro, Reason.UNSUPPORTED);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected("empty.pdf", new byte[0], Reason.EMPTY);
    }

    @Test
    void keepsTheNameOnlyAsASanitisedLabel() {
        assertThat(EvidenceContent.label("../../etc/passwd.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(EvidenceContent.label("C:\\Users\\me\\Отчёт 2024.PDF", FileType.PDF))
                .isEqualTo("Отчёт 2024.pdf");
        assertThat(EvidenceContent.label("evil\u202Efdp.exe.pdf", FileType.PDF)).isEqualTo("evilfdp.exe.pdf");
        assertThat(EvidenceContent.label("a<b>:c\".png", FileType.PNG)).isEqualTo("a_b__c_.png");
        assertThat(EvidenceContent.label("...", FileType.PNG)).isEqualTo("evidence.png");
        assertThat(EvidenceContent.label("scan", FileType.JPEG)).isEqualTo("scan.jpg");
        assertThat(EvidenceContent.label("x".repeat(500) + ".pdf", FileType.PDF))
                .hasSize(204);
    }

    private static void assertRejected(String name, byte[] content, Reason reason) {
        assertThatThrownBy(() -> EvidenceContent.check(name, content))
                .isInstanceOfSatisfying(
                        EvidenceRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
