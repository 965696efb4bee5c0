package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Shared verifier set-up and assertions of the verification tests. */
final class Verdicts {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private Verdicts() {}

    static Verifier verifier(List<KeyResolver> resolvers, List<StatusSource> statuses) {
        return new Verifier(DataIntegrityTests.CONTEXTS, resolvers, statuses, CLOCK);
    }

    static Verifier offline() {
        return verifier(List.of(), List.of());
    }

    /** INVALID, the given check FAILED with the key, every other NOT_CHECKED (none PASSED). */
    static void invalidBy(Verification verification, CheckKind kind, String messageKey) {
        assertThat(verification.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(verification.checks()).extracting(Check::kind).containsExactly(CheckKind.values());
        assertThat(verification.check(kind).result()).isEqualTo(CheckResult.FAILED);
        assertThat(verification.check(kind).messageKey()).isEqualTo(messageKey);
        assertThat(verification.checks())
                .filteredOn(check -> check.kind() != kind)
                .extracting(Check::result)
                .containsOnly(CheckResult.NOT_CHECKED);
    }
}
