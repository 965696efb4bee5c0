package org.skills4cities.toolkit.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/** A message read back from the outbox. */
public record OutboxMessage(String file, Instant sent, String to, String subject, String body) {

    static OutboxMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            return new OutboxMessage(
                    file.getFileName().toString(),
                    message.getSentDate().toInstant(),
                    message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(),
                    String.valueOf(message.getContent()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " failed", e);
        } catch (MessagingException e) {
            throw new IllegalStateException(file + " is not a readable message", e);
        }
    }
}
