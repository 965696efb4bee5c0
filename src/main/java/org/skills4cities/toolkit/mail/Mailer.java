package org.skills4cities.toolkit.mail;

/** Sends mail: through SMTP when {@code spring.mail.host} is set, else into the outbox folder. */
public interface Mailer {

    void send(Mail mail);
}
