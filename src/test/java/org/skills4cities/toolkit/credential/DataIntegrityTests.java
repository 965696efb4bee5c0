package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DataIntegrityTests {

    static final OfflineContexts CONTEXTS = new OfflineContexts();
    static final DataIntegrity INTEGRITY = new DataIntegrity(CONTEXTS);
    static final Keys NAMED_KEYS = new Keys(List.of());

    static ObjectNode badge() {
        return (ObjectNode) JsonText.parse("""
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2",
                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:2f1f3c55-2f6b-4d8e-9a57-0c3b6c1c9f11",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "https://toolkit.example/issuers/1", "type": ["Profile"], "name": "Body"},
                  "validFrom": "2026-01-01T00:00:00Z",
                  "validUntil": "2029-01-01T00:00:00Z",
                  "name": "Smart City Project Manager",
                  "credentialSubject": {
                    "type": ["AchievementSubject"],
                    "name": "Μαρία Παπαδοπούλου",
                    "achievement": {
                      "id": "https://toolkit.example/achievements/scpm",
                      "type": ["Achievement"],
                      "name": "Smart City Project Manager",
                      "description": "Certified role",
                      "criteria": {"narrative": "Passed the certification exam."}
                    }
                  }
                }
                """).orElseThrow();
    }

    @Test
    void signsWithEddsaRdfc2022AndVerifiesTheProof() {
        SigningKey key = TestKeys.didKey();
        ObjectNode signed = INTEGRITY.sign(badge(), key, Instant.parse("2026-02-03T04:05:06.789Z"));

        assertThat(signed.path("proof").path("type").stringValue()).isEqualTo("DataIntegrityProof");
        assertThat(signed.path("proof").path("cryptosuite").stringValue()).isEqualTo("eddsa-rdfc-2022");
        assertThat(signed.path("proof").path("created").stringValue()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(signed.path("proof").path("proofValue").stringValue()).startsWith("z");
        assertThat(badge().has("proof")).isFalse();
        ProofResult result = INTEGRITY.verify(JsonText.jakarta(signed), NAMED_KEYS);
        assertThat(result.result()).isEqualTo(CheckResult.PASSED);
        assertThat(result.issuerKnown()).isFalse();
    }

    @Test
    void oneChangedLetterOfTheHolderNameBreaksTheProof() {
        ObjectNode signed = INTEGRITY.sign(badge(), TestKeys.didKey(), Instant.now());
        ((ObjectNode) signed.path("credentialSubject")).put("name", "Μαρία Παπαδοπούλοv");

        ProofResult result = INTEGRITY.verify(JsonText.jakarta(signed), NAMED_KEYS);

        assertThat(result.result()).isEqualTo(CheckResult.FAILED);
        assertThat(result.messageKey()).isEqualTo("credential.signature.mismatch");
    }

    @Test
    void aProofByAnotherKeyThanTheNamedOneFails() {
        SigningKey named = TestKeys.didKey();
        SigningKey other = SigningKey.of(named.verificationMethod(), TestKeys.ed25519());

        ObjectNode signed = INTEGRITY.sign(badge(), other, Instant.now());

        assertThat(INTEGRITY.verify(JsonText.jakarta(signed), NAMED_KEYS).result())
                .isEqualTo(CheckResult.FAILED);
    }

    @Test
    void refusesToSignACredentialWithAContextItDoesNotShip() {
        ObjectNode credential = badge();
        credential
                .putArray("@context")
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://evil.example/ctx");

        assertThatThrownBy(() -> INTEGRITY.sign(credential, TestKeys.didKey(), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://evil.example/ctx");
    }

    @Test
    void verifiesThe1EdTechSimpleBadge() {
        ProofResult result = INTEGRITY.verify(
                JsonText.jakarta(
                        JsonText.parse(Corpus.read("ob3-1edtech/simple.json")).orElseThrow()),
                NAMED_KEYS);

        assertThat(result.result()).isEqualTo(CheckResult.PASSED);
    }
}
