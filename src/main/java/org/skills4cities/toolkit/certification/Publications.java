package org.skills4cities.toolkit.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.springframework.stereotype.Service;

/**
 * What the platform publishes for verifiers: the DID document and JWKS with every generation of issuer keys, the
 * certification bodies' issuer profiles, and the signed status lists. A status list is signed again at most every
 * {@link #STATUS_LIST_AGE}, so that a crowd of verifiers does not cost a signature each.
 */
@Service
public class Publications {

    /** How old a published status list may be: a change shows in it within this time. */
    public static final Duration STATUS_LIST_AGE = Duration.ofSeconds(30);

    private record Signed(String json, Instant at) {}

    private final IssuerKeys keys;
    private final StatusLists lists;
    private final Organisations organisations;
    private final CredentialDocuments documents;
    private final java.time.Clock clock;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    Publications(
            IssuerKeys keys,
            StatusLists lists,
            Organisations organisations,
            CredentialDocuments documents,
            java.time.Clock clock) {
        this.keys = keys;
        this.lists = lists;
        this.organisations = organisations;
        this.documents = documents;
        this.clock = clock;
    }

    public Map<String, Object> didDocument() {
        keys.current();
        return keys.didDocument();
    }

    public Map<String, Object> jwks() {
        keys.current();
        return keys.jwks();
    }

    /** The status list credential of {@code revocation} or {@code suspension}, as JSON; empty for another purpose. */
    public Optional<String> statusList(String purpose) {
        if (!CredentialDocuments.purposes().contains(purpose)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Signed list = signed.compute(
                purpose,
                (p, known) -> known != null && now.isBefore(known.at().plus(STATUS_LIST_AGE))
                        ? known
                        : new Signed(CredentialDocuments.JSON.writeValueAsString(lists.credential(p)), now));
        return Optional.of(list.json());
    }

    /** Signs the status lists again at the next request: after a change on this node. */
    @org.springframework.context.event.EventListener
    void statusChanged(Certificates.StatusChanged change) {
        signed.clear();
    }

    /** The Open Badges issuer profile of a certification body. */
    public Optional<Map<String, Object>> issuerProfile(UUID body) {
        return organisations.ofKind(OrganisationKind.CERTIFICATION_BODY).stream()
                .filter(o -> o.id().equals(body))
                .findFirst()
                .map(o -> {
                    Map<String, Object> profile = new LinkedHashMap<>();
                    profile.put(
                            "@context",
                            java.util.List.of(CredentialDocuments.VC_CONTEXT, CredentialDocuments.OB_CONTEXT));
                    profile.put("id", documents.issuerUrl(o.id()));
                    profile.put("type", "Profile");
                    profile.put("name", o.name());
                    profile.put("url", documents.issuerUrl(o.id()));
                    profile.put(
                            "otherIdentifier",
                            java.util.List.of(Map.of(
                                    "type", "IdentifierEntry", "identifier", keys.did(), "identifierType", "did")));
                    return profile;
                });
    }
}
