package org.skills4cities.toolkit.exam;

import java.time.Instant;
import java.time.ZoneId;

/** An answer that came after the attempt closed, at the session's end: refused, from any device. */
public class AttemptClosed extends RuntimeException {

    private final Instant closedAt;
    private final ZoneId zone;

    public AttemptClosed(Instant closedAt, ZoneId zone) {
        super("The attempt closed at " + closedAt);
        this.closedAt = closedAt;
        this.zone = zone;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** The session's time zone, to name the closing time in. */
    public ZoneId zone() {
        return zone;
    }
}
