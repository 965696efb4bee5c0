package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Local times of Sofia on the nights the clocks change, turned into instants without a guess. */
class SessionTimesTests {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    @Test
    void refusesATimeTheClocksSkipNamingTheTimeAndTheJump() {
        SessionTimes.Resolved resolved = SessionTimes.resolve(LocalDateTime.parse("2027-03-28T03:30"), SOFIA, null);

        assertThat(resolved.instant()).isNull();
        assertThat(resolved.problem().messageKey()).isEqualTo("exam.problem.time.skipped");
        assertThat(resolved.problem().arguments())
                .containsExactly("03:30", "Europe/Sofia", "2027-03-28", "03:00", "04:00");
    }

    @Test
    void asksWhichOfTheTwoWhenATimeHappensTwiceAndNeverPicksOne() {
        SessionTimes.Resolved resolved = SessionTimes.resolve(LocalDateTime.parse("2026-10-25T03:00"), SOFIA, null);

        assertThat(resolved.instant()).isNull();
        assertThat(resolved.problem().messageKey()).isEqualTo("exam.problem.offset.choose");
        assertThat(resolved.choices()).containsExactly(ZoneOffset.ofHours(3), ZoneOffset.ofHours(2));
    }

    @Test
    void theChosenOffsetSaysWhichOfTheTwo() {
        LocalDateTime three = LocalDateTime.parse("2026-10-25T03:00");

        assertThat(SessionTimes.resolve(three, SOFIA, ZoneOffset.ofHours(3)).instant())
                .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(SessionTimes.resolve(three, SOFIA, ZoneOffset.ofHours(2)).instant())
                .isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void anOffsetThatIsNeitherOfTheTwoIsAskedAgain() {
        SessionTimes.Resolved resolved =
                SessionTimes.resolve(LocalDateTime.parse("2026-10-25T03:30"), SOFIA, ZoneOffset.ofHours(5));

        assertThat(resolved.instant()).isNull();
        assertThat(resolved.choices()).hasSize(2);
    }

    @Test
    void anOrdinaryTimeNeedsNoOffset() {
        assertThat(SessionTimes.resolve(LocalDateTime.parse("2026-10-26T09:00"), SOFIA, ZoneOffset.ofHours(3))
                        .instant())
                .isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
    }
}
