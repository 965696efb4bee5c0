package org.skills4cities.toolkit.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail from a queue, one message after the other, so that a request never waits for the mail server or the
 * outbox disk: a password-reset request for an existing account then answers as fast as one for an unknown address.
 * Messages still queued at shutdown are sent before the platform stops (within 10 seconds).
 */
class QueuedMailer implements Mailer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueuedMailer.class);

    private final Mailer delegate;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mail").daemon(true).factory());

    QueuedMailer(Mailer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void send(Mail mail) {
        queue.execute(() -> {
            try {
                delegate.send(mail);
            } catch (RuntimeException e) {
                log.error("Mail to {} could not be sent", mail.to(), e);
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        queue.shutdown();
        if (!queue.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Mail still queued at shutdown was not sent");
        }
    }
}
