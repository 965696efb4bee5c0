package org.skills4cities.toolkit.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;
import org.skills4cities.toolkit.credential.BitstringStatusList;
import org.skills4cities.toolkit.credential.DataIntegrity;
import org.skills4cities.toolkit.credential.StatusAnswer;
import org.skills4cities.toolkit.credential.StatusSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's two W3C Bitstring Status Lists, revocation and suspension, each 131,072 entries long (the size the
 * recommendation asks for, so that an index says little about who holds it); a certificate has the same index in
 * both. Published as signed {@code BitstringStatusListCredential}s, and read directly by the platform's verifier.
 */
@Component
class StatusLists implements StatusSource {

    private final CertificateRecords records;
    private final RevocationJournal journal;
    private final CredentialDocuments documents;
    private final IssuerKeys keys;
    private final DataIntegrity integrity;
    private final Clock clock;

    StatusLists(
            CertificateRecords records,
            RevocationJournal journal,
            CredentialDocuments documents,
            IssuerKeys keys,
            DataIntegrity integrity,
            Clock clock) {
        this.records = records;
        this.journal = journal;
        this.documents = documents;
        this.keys = keys;
        this.integrity = integrity;
        this.clock = clock;
    }

    /** The bits of a list: revoked in the database or in the journal; suspended. */
    BitSet bits(String purpose) {
        if (purpose.equals("revocation")) {
            BitSet bits = records.indices(CertificateStatus.REVOKED);
            journal.all().forEach(e -> bits.set(e.index()));
            return bits;
        }
        return records.indices(CertificateStatus.SUSPENDED);
    }

    /** The signed status list credential of a purpose, made now. */
    ObjectNode credential(String purpose) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode list = CredentialDocuments.JSON.createObjectNode();
        list.putArray("@context").add(CredentialDocuments.VC_CONTEXT);
        list.put("id", documents.statusListUrl(purpose));
        list.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        list.put("issuer", keys.did());
        list.put("validFrom", CredentialDocuments.timestamp(now));
        ObjectNode subject = list.putObject("credentialSubject");
        subject.put("id", documents.statusListUrl(purpose) + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", BitstringStatusList.encode(bits(purpose), BitstringStatusList.MINIMUM_LENGTH));
        IssuerKey key = keys.current();
        return integrity.sign(list, keys.dataIntegrityKey(key), now);
    }

    @Override
    public Optional<StatusAnswer> status(JsonNode entry) {
        JsonNode list = entry.get("statusListCredential");
        JsonNode purpose = entry.get("statusPurpose");
        JsonNode index = entry.get("statusListIndex");
        if (list == null || purpose == null || index == null) {
            return Optional.empty();
        }
        String p = purpose.asString();
        if (!CredentialDocuments.purposes().contains(p) || !list.asString().equals(documents.statusListUrl(p))) {
            return Optional.empty();
        }
        int i;
        try {
            i = Integer.parseInt(index.asString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean set = p.equals("revocation") && journal.revokedIndex(i)
                || records.statusAt(i)
                        .map(s ->
                                s == (p.equals("revocation") ? CertificateStatus.REVOKED : CertificateStatus.SUSPENDED))
                        .orElse(false);
        return Optional.of(new StatusAnswer(p, set));
    }
}
