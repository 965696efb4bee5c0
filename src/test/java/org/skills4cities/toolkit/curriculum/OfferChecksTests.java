package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skills4cities.toolkit.curriculum.InvalidOffer.Problem;

/** What a course offer must be to be published, field by field, at and past each limit. */
class OfferChecksTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Set<String> UNITS = Set.of("A-U1", "A-U2", "B-U1");
    private static final OfferForm VALID = new OfferForm(
            "Data governance for city staff",
            "2026-09-14",
            "2026-09-18",
            "Sofia, City Hall",
            false,
            "bg",
            "120.50",
            "EUR",
            "https://training.example.org/courses/42",
            List.of("A-U1", "A-U2"));

    @Test
    void givesAValidOfferBackInItsStoredForm() {
        OfferForm typed = new OfferForm(
                "  Управление на данни  ",
                "2026-05-01",
                "2026-05-20",
                " ",
                true,
                "BG",
                "12,5",
                "bgn",
                "HTTPS://training.example.org",
                List.of(" A-U1", "A-U1", "B-U1"));

        OfferChecks.Checked checked = OfferChecks.check(typed, UNITS, TODAY);

        assertThat(checked.title()).isEqualTo("Управление на данни");
        assertThat(checked.startsOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(checked.endsOn())
                .as("a course ending today is still current")
                .isEqualTo(TODAY);
        assertThat(checked.place()).isNull();
        assertThat(checked.language()).isEqualTo("bg");
        assertThat(checked.price()).isEqualTo(new BigDecimal("12.50"));
        assertThat(checked.currency()).isEqualTo("BGN");
        assertThat(checked.units()).containsExactly("A-U1", "B-U1");
    }

    @Test
    void namesEveryFieldOfAnEmptyForm() {
        OfferForm empty = new OfferForm("", "", "", "", false, "", "", "", "", List.of());

        assertThat(problems(empty))
                .extracting(Problem::field, Problem::code)
                .containsExactly(
                        tuple("title", "required"),
                        tuple("startsOn", "required"),
                        tuple("endsOn", "required"),
                        tuple("place", "missing"),
                        tuple("language", "unknown"),
                        tuple("price", "required"),
                        tuple("currency", "unknown"),
                        tuple("link", "required"),
                        tuple("units", "required"));
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                wrong("title", "tooLong", f -> with(f, "title", "x".repeat(201))),
                wrong("startsOn", "invalid", f -> with(f, "startsOn", "2026-02-30")),
                wrong("startsOn", "invalid", f -> with(f, "startsOn", "14.09.2026")),
                wrong("startsOn", "invalid", f -> with(f, "startsOn", "+12026-09-14")),
                wrong("endsOn", "invalid", f -> with(f, "endsOn", "tomorrow")),
                wrong("endsOn", "beforeStart", f -> with(f, "endsOn", "2026-09-13")),
                wrong("endsOn", "past", f -> with(with(f, "startsOn", "2026-05-01"), "endsOn", "2026-05-19")),
                wrong("place", "tooLong", f -> with(f, "place", "x".repeat(201))),
                wrong("place", "missing", f -> with(f, "place", "  ")),
                wrong("language", "unknown", f -> with(f, "language", "fr")),
                wrong("price", "negative", f -> with(f, "price", "-1")),
                wrong("price", "decimals", f -> with(f, "price", "10.005")),
                wrong("price", "tooHigh", f -> with(f, "price", "1000000.01")),
                wrong("price", "invalid", f -> with(f, "price", "1e3")),
                wrong("price", "invalid", f -> with(f, "price", "free")),
                wrong("currency", "unknown", f -> with(f, "currency", "EURO")),
                wrong("currency", "unknown", f -> with(f, "currency", "ABC")),
                wrong("currency", "unknown", f -> with(f, "currency", "XXX")),
                wrong("link", "invalid", f -> with(f, "link", "javascript:alert(1)")),
                wrong("link", "invalid", f -> with(f, "link", "data:text/html,<script>alert(1)</script>")),
                wrong("link", "invalid", f -> with(f, "link", "ftp://training.example.org/")),
                wrong("link", "invalid", f -> with(f, "link", "//training.example.org/")),
                wrong("link", "invalid", f -> with(f, "link", "https://")),
                wrong("link", "invalid", f -> with(f, "link", "https://training.example.org/a course")),
                wrong("link", "tooLong", f -> with(f, "link", "https://example.org/" + "x".repeat(1981))),
                wrong("units", "unknown", f -> with(f, "units", "Z-U9")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongValues")
    void refusesAWrongValueNamingItsField(String field, String code, UnaryOperator<OfferForm> change) {
        assertThat(problems(change.apply(VALID)))
                .extracting(Problem::field, Problem::code)
                .containsExactly(tuple(field, code));
    }

    @Test
    void takesTheLimitsThemselves() {
        OfferForm atLimits = with(
                with(with(with(VALID, "title", "x".repeat(200)), "place", "y".repeat(200)), "price", "1000000"),
                "link",
                "https://example.org/" + "x".repeat(1980));

        assertThat(OfferChecks.check(atLimits, UNITS, TODAY).price()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void takesAnOnlineCourseWithoutAPlaceAndAFreeOne() {
        OfferForm online = new OfferForm(
                VALID.title(),
                VALID.startsOn(),
                VALID.endsOn(),
                "",
                true,
                "el",
                "0",
                "EUR",
                VALID.link(),
                VALID.units());

        OfferChecks.Checked checked = OfferChecks.check(online, UNITS, TODAY);

        assertThat(checked.place()).isNull();
        assertThat(checked.price().signum()).isZero();
    }

    @Test
    void keepsTitleAndPlaceOnOneLine() {
        OfferForm pasted = with(with(VALID, "title", "Data\r\ngovernance\u0000 "), "place", "Sofia\tCity Hall");

        OfferChecks.Checked checked = OfferChecks.check(pasted, UNITS, TODAY);

        assertThat(checked.title()).isEqualTo("Data governance");
        assertThat(checked.place()).isEqualTo("Sofia City Hall");
    }

    private static Arguments wrong(String field, String code, UnaryOperator<OfferForm> change) {
        return Arguments.of(field, code, change);
    }

    private static List<Problem> problems(OfferForm form) {
        InvalidOffer refused = catchThrowableOfType(InvalidOffer.class, () -> OfferChecks.check(form, UNITS, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    private static OfferForm with(OfferForm f, String field, String value) {
        return new OfferForm(
                field.equals("title") ? value : f.title(),
                field.equals("startsOn") ? value : f.startsOn(),
                field.equals("endsOn") ? value : f.endsOn(),
                field.equals("place") ? value : f.place(),
                f.online(),
                field.equals("language") ? value : f.language(),
                field.equals("price") ? value : f.price(),
                field.equals("currency") ? value : f.currency(),
                field.equals("link") ? value : f.link(),
                field.equals("units") ? List.of(value) : f.units());
    }
}
