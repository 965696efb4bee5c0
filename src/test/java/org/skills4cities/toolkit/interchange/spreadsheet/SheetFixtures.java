package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles as the application reads them, a small framework made to trip spreadsheets up, problems. */
public final class SheetFixtures {

    private SheetFixtures() {}

    /** The problems a reading is rejected with; fails when it is not rejected. */
    static List<ImportProblem> problems(ThrowingCallable reading) {
        FrameworkRejected rejected = catchThrowableOfType(FrameworkRejected.class, reading);
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.problems();
    }

    static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /**
     * Codes a spreadsheet program would turn into numbers, dates or booleans, texts in all six languages (Cyrillic,
     * Greek with a final sigma), values that look like formulas, cells over several lines, a control character and
     * what XLSX reads as an escaped character, a language that is not one of the framework's, states, source
     * identifiers and attributes.
     */
    public static Framework awkward() {
        FrameworkItem seven = new FrameworkItem(
                UUID.fromString("00000000-0000-0000-0000-000000000007"),
                "007",
                "competence",
                texts("Επίπεδο δοκιμής"),
                LocalizedText.EMPTY,
                List.of(new LevelDescriptor(1, texts("@home")), new LevelDescriptor(2, texts("+ more"))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                " ASN:007 ",
                Map.of("educationLevel", "=SUM(A1)", "note", "'quoted", "empty", ""),
                ItemState.HIDDEN);
        FrameworkItem thousand =
                item("1e3", "learning-outcome", "Tausend", List.of()).withState(ItemState.RETIRED);
        FrameworkItem ten = new FrameworkItem(
                UUID.fromString("00000000-0000-0000-0000-000000000110"),
                "1.10",
                "competence",
                texts("Ten ς"),
                new LocalizedText(Map.of("en", "line one\nline two\r\nline three", "el", "\tμε στηλοθέτη")),
                List.of(new LevelDescriptor(1, texts("-5 %")), new LevelDescriptor(2, texts("=SUM(A1)"))),
                List.of(texts("'quoted"), texts("''twice")),
                List.of(texts("@home")),
                List.of(texts(" spaced ")),
                List.of(new Source("=HYPERLINK(\"x\")", "https://example.org/a?b=1,2"), new Source("plain", null)),
                List.of(
                        new ExternalReference(
                                "ESCO", "S1.2", null, new LocalizedText(Map.of("en", "Esco", "fr", "Ésco"))),
                        new ExternalReference("DigComp", null, "http://example.org/dc/1", texts("Dig"))),
                List.of(seven, thousand),
                null,
                Map.of(),
                ItemState.ACTIVE);
        FrameworkItem area = item("01.05", "competence-area", "Area; with \"quotes\", commas", List.of(ten));
        FrameworkItem truth = item("TRUE", "competence-area", "Wahr", List.of());
        RoleProfile role = new RoleProfile(
                UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
                "R-1",
                texts("Ρόλος δοκιμής"),
                texts("Mission"),
                5,
                List.of(texts("-task"), texts("task two")),
                List.of(texts("deliverable")),
                List.of(new Requirement("1.10", 2, true), new Requirement("007", 1, false)),
                ItemState.HIDDEN);
        return new Framework(
                UUID.fromString("00000000-0000-0000-0000-00000000f000"),
                "awkward",
                "1.10",
                FrameworkStatus.PUBLISHED,
                new FrameworkVersion("skills4cities", "1.0"),
                List.of("en", "bg", "ro", "de", "es", "el"),
                texts("Πλαίσιο δοκιμής για κωδικούς"),
                texts("=1+1"),
                List.of(
                        new ProficiencyLevel(1, 3, texts("Basic"), LocalizedText.EMPTY),
                        new ProficiencyLevel(2, 4, texts("Good"), texts("Better"))),
                List.of(area, truth),
                List.of(role),
                null,
                "urn:x:Framework 1",
                Map.of("subject", "-5 %", "creator", "@me", "escapes", "_x0041_ \u0001 _x005F_x0042_"));
    }

    /** A text in all six languages, the same words marked with each language's code. */
    static LocalizedText texts(String text) {
        return new LocalizedText(Map.of(
                "en", text,
                "bg", "Текст " + text,
                "ro", "Text ș " + text,
                "de", "Text ß " + text,
                "es", "Texto ñ " + text,
                "el", "Κείμενο τελικός " + text));
    }

    private static FrameworkItem item(String code, String type, String title, List<FrameworkItem> children) {
        return new FrameworkItem(
                UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)),
                code,
                type,
                texts(title),
                LocalizedText.EMPTY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                children);
    }
}
