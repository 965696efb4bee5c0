package org.skills4cities.toolkit.certification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.mail.Mail;
import org.skills4cities.toolkit.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a certificate's holder, in their language, that it was issued, suspended, reinstated, revoked or renewed, with
 * the link to its page and to its public verification. Sent once the step has committed; a mail that cannot be sent
 * is logged and does not undo the step.
 */
@Component
class HolderMail {

    private static final Logger log = LoggerFactory.getLogger(HolderMail.class);

    private final Mailer mailer;
    private final Accounts accounts;
    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;
    private final CredentialDocuments documents;
    private final String baseUrl;

    HolderMail(
            Mailer mailer,
            Accounts accounts,
            FrameworkCatalogue catalogue,
            MessageSource messages,
            CredentialDocuments documents,
            @Value("${toolkit.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.messages = messages;
        this.documents = documents;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** After the current transaction commits (at once without one): the mail of {@code kind} to the holder. */
    void send(Certificate certificate, CertificateEvent.Kind kind, String reason) {
        Optional<Account> holder =
                certificate.holderId() == null ? Optional.empty() : accounts.find(certificate.holderId());
        if (holder.isEmpty()) {
            return;
        }
        Runnable mail = () -> {
            try {
                mailer.send(mail(certificate, kind, reason, holder.get()));
            } catch (RuntimeException e) {
                log.error("Mail about certificate {} to its holder not sent", certificate.id(), e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.run();
                }
            });
        } else {
            mail.run();
        }
    }

    private Mail mail(Certificate c, CertificateEvent.Kind kind, String reason, Account holder) {
        Language language = holder.language();
        String role = catalogue
                .find(c.framework().slug(), c.framework().version())
                .flatMap(f -> f.role(c.roleCode()))
                .map(r -> r.title().in(language).text())
                .orElse(c.roleCode());
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(c.validUntil().atZone(c.zone()));
        String key = "mail.certificate." + kind.code();
        Object[] arguments = {
            holder.displayName(),
            c.bodyName(),
            role,
            until + " (" + c.zone().getId() + ")",
            baseUrl + "/certificates/" + c.id(),
            documents.verifyUrl(c.id()),
            reason
        };
        return new Mail(
                holder.email(),
                messages.getMessage(key + ".subject", arguments, language.locale()),
                messages.getMessage(key + ".body", arguments, language.locale()));
    }
}
