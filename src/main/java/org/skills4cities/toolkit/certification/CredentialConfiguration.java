package org.skills4cities.toolkit.certification;

import java.time.Clock;
import java.util.List;
import org.skills4cities.toolkit.credential.DataIntegrity;
import org.skills4cities.toolkit.credential.KeyResolver;
import org.skills4cities.toolkit.credential.OfflineContexts;
import org.skills4cities.toolkit.credential.StatusSource;
import org.skills4cities.toolkit.credential.Verifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credential standards as beans: the shipped JSON-LD contexts, Data Integrity proofs, and the verifier with the
 * platform's own keys and status lists (foreign keys it reads only from the credential itself: did:key, Multikey).
 */
@Configuration(proxyBeanMethods = false)
class CredentialConfiguration {

    @Bean
    OfflineContexts offlineContexts() {
        return new OfflineContexts();
    }

    @Bean
    DataIntegrity dataIntegrity(OfflineContexts contexts) {
        return new DataIntegrity(contexts);
    }

    @Bean
    Verifier verifier(OfflineContexts contexts, List<KeyResolver> resolvers, List<StatusSource> statuses, Clock clock) {
        return new Verifier(contexts, resolvers, statuses, clock);
    }
}
