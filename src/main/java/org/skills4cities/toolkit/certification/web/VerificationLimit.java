package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limit on public verification: {@code toolkit.certificates.verify-limit} requests a minute from one address,
 * pages and API together, counted in fixed one-minute windows on each node. Verification is the platform's most
 * expensive public answer (JSON-LD canonicalisation and a signature check); the limit keeps a single client from
 * taking the CPU from everyone. Addresses not seen for a minute are forgotten.
 */
@Component
class VerificationLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_AFTER = 10_000;

    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    VerificationLimit(@Value("${toolkit.certificates.verify-limit}") int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    int limit() {
        return limit;
    }

    /** Counts the request; gives the seconds to wait when it is over the limit, else zero. */
    long take(HttpServletRequest request) {
        Instant now = clock.instant();
        if (windows.size() > FORGET_AFTER) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window window = windows.compute(
                request.getRemoteAddr(),
                (address, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(w.start(), w.count() + 1));
        if (window.count() <= limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
    }
}
