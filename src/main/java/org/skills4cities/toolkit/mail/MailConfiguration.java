package org.skills4cities.toolkit.mail;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then makes a {@link JavaMailSender}), the outbox otherwise;
 * either way from a queue.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Outbox outbox(
            @Value("${toolkit.mail.outbox}") Path folder, @Value("${toolkit.mail.from}") String from, Clock clock) {
        return new Outbox(folder, from, clock);
    }

    @Bean
    QueuedMailer mailer(
            ObjectProvider<JavaMailSender> smtp, Outbox outbox, @Value("${toolkit.mail.from}") String from) {
        JavaMailSender sender = smtp.getIfAvailable();
        return new QueuedMailer(sender == null ? outbox::write : smtp(sender, from));
    }

    private static Mailer smtp(JavaMailSender sender, String from) {
        return mail -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.send(message);
        };
    }
}
