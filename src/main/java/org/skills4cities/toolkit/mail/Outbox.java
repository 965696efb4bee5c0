package org.skills4cities.toolkit.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each message as an RFC 5322 {@code .eml} file (UTF-8) into the outbox folder, where platform admins read
 * it in the platform: everything works without a mail server. The folder is shared by all nodes when it is on a
 * shared disk. A message is written under a temporary name and renamed when complete, so that nobody reads half of
 * one.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

    private final Path folder;
    private final String from;
    private final Clock clock;

    public Outbox(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    /** Writes the message into the outbox folder. */
    public void write(Mail mail) {
        try {
            Files.createDirectories(folder);
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            String name = NAME.format(clock.instant().atOffset(ZoneOffset.UTC)) + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + ".eml";
            Path file = folder.resolve(name);
            Path partial = folder.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Mail to {} written to the outbox: {}", mail.to(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing mail to the outbox failed", e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Mail to " + mail.to() + " could not be written", e);
        }
    }

    /** The messages in the outbox, newest first, read back. */
    public List<OutboxMessage> messages(int limit) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<OutboxMessage> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .limit(limit)
                    .toList()) {
                messages.add(OutboxMessage.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the outbox failed", e);
        }
        return messages;
    }
}
