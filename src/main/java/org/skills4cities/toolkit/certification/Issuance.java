package org.skills4cities.toolkit.certification;

import org.skills4cities.toolkit.validation.CaseReadyForCertification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the certificate when a validation case becomes ready for certification, after that step has committed (unless
 * {@code toolkit.certificates.issue-on-ready} is false: then the body issues a finished session's certificates at
 * once). An issuance that fails is logged and stays due: the body issues it from the exam session's page. At
 * start, revocations the journal holds and the database lost are made again.
 */
@Component
class Issuance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Issuance.class);

    private final Certificates certificates;
    private final TransactionTemplate transaction;
    private final boolean onReady;

    Issuance(
            Certificates certificates,
            PlatformTransactionManager transactions,
            @Value("${toolkit.certificates.issue-on-ready}") boolean onReady) {
        this.certificates = certificates;
        this.onReady = onReady;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(CaseReadyForCertification ready) {
        if (!onReady) {
            log.info("Case {} is ready for certification; its certificate is due for bulk issuance", ready.caseId());
            return;
        }
        try {
            Certificate issued = transaction.execute(status -> certificates.issue(ready));
            log.info("Certificate {} issued for case {}", issued == null ? "-" : issued.id(), ready.caseId());
        } catch (RuntimeException e) {
            log.error("Certificate for case {} not issued; it stays due for bulk issuance", ready.caseId(), e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int restored = certificates.restoreRevocations();
        if (restored > 0) {
            log.warn("{} revocations from the journal were missing in the database and were made again", restored);
        }
    }
}
