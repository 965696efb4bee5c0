package org.skills4cities.toolkit.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloadsTests {

    @Test
    void givesAnAsciiNameAndTheNameInItsOwnScript() {
        assertThat(Downloads.attachment("skills4cities-SCPM-el", "Υπεύθυνος έργων «έξυπνης πόλης»", "pdf"))
                .isEqualTo(
                        "attachment; filename=\"skills4cities-scpm-el.pdf\"; filename*=UTF-8''"
                                + "%CE%A5%CF%80%CE%B5%CF%8D%CE%B8%CF%85%CE%BD%CE%BF%CF%82%20%CE%AD%CF%81%CE%B3%CF%89%CE%BD%20"
                                + "%C2%AB%CE%AD%CE%BE%CF%85%CF%80%CE%BD%CE%B7%CF%82%20%CF%80%CF%8C%CE%BB%CE%B7%CF%82%C2%BB.pdf");
    }

    @Test
    void dropsWhatNoFileNameMayHoldAndWhatCouldEndTheHeader() {
        assertThat(Downloads.attachment("a\"b", "x/y\\z:\"q\"\r\nw", "csv"))
                .isEqualTo("attachment; filename=\"a-b.csv\"; filename*=UTF-8''x-y-z%20q%20w.csv");
        assertThat(Downloads.attachment("scpm", "Smart-City-Projektmanager/-in", "pdf"))
                .endsWith("filename*=UTF-8''Smart-City-Projektmanager-in.pdf");
    }

    @ParameterizedTest
    @CsvSource({
        "Gestión de proyectos, gestion-de-proyectos",
        "Managementul proiectelor și programelor, managementul-proiectelor-si-programelor",
        "Übersicht, ubersicht",
        "Управление на проекти, download",
        "C.7 level, c.7-level"
    })
    void reducesNamesToAscii(String name, String ascii) {
        assertThat(Downloads.ascii(name)).isEqualTo(ascii);
    }
}
