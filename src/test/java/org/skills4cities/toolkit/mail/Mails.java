package org.skills4cities.toolkit.mail;

import java.time.Duration;
import java.time.Instant;

/** Waits for mail in the outbox: mail is sent from a queue, a moment after the request that caused it. */
public final class Mails {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Mails() {}

    /** The newest message to the address whose body contains the text, as soon as it is there. */
    public static OutboxMessage awaitTo(Outbox outbox, String to, String containing) {
        return awaitTo(outbox, to, containing, 1);
    }

    /** The newest such message once there are at least {@code count} of them. */
    public static OutboxMessage awaitTo(Outbox outbox, String to, String containing, int count) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            var found = outbox.messages(200).stream()
                    .filter(m -> m.to().equals(to) && m.body().contains(containing))
                    .toList();
            if (found.size() >= count) {
                return found.getFirst();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No mail to " + to + " containing " + containing + " within " + PATIENCE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
