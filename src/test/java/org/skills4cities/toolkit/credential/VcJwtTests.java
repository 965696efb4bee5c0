package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class VcJwtTests {

    private final KeyPair pair = TestKeys.p256();
    private final SigningKey key = SigningKey.of("https://toolkit.example/issuers/1#p256-1", pair);
    private final Keys ours = new Keys(List.of(vm -> vm.equals(key.verificationMethod())
            ? Optional.of(new ResolvedKey(pair.getPublic(), true))
            : Optional.empty()));

    @Test
    void signsTheCredentialAsTheClaimsSetWithRegisteredClaims() {
        String jwt = VcJwt.sign(DataIntegrityTests.badge(), key);

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = JsonText.parse(decode(parts[0])).orElseThrow();
        JsonNode claims = JsonText.parse(decode(parts[1])).orElseThrow();
        assertThat(header.path("alg").stringValue()).isEqualTo("ES256");
        assertThat(header.path("typ").stringValue()).isEqualTo("vc+jwt");
        assertThat(header.path("kid").stringValue()).isEqualTo(key.verificationMethod());
        assertThat(claims.path("type").get(1).stringValue()).isEqualTo("OpenBadgeCredential");
        assertThat(claims.path("iss").stringValue()).isEqualTo("https://toolkit.example/issuers/1");
        assertThat(claims.path("jti").stringValue()).isEqualTo("urn:uuid:2f1f3c55-2f6b-4d8e-9a57-0c3b6c1c9f11");
        assertThat(claims.path("nbf").asLong()).isEqualTo(1_767_225_600L);
        assertThat(claims.path("exp").asLong()).isEqualTo(1_861_920_000L);
    }

    @Test
    void verifiesItsOwnSignatureWithThePublishedKey() {
        JwtProof.Read read = JwtProof.read(VcJwt.sign(DataIntegrityTests.badge(), key), ours);

        assertThat(read.proof().result()).isEqualTo(CheckResult.PASSED);
        assertThat(read.proof().issuerKnown()).isTrue();
        assertThat(read.credential()).isNotNull();
        assertThat(read.credential().path("credentialSubject").path("name").stringValue())
                .isEqualTo("Μαρία Παπαδοπούλου");
    }

    @Test
    void oneChangedLetterOfThePayloadBreaksTheSignature() {
        String jwt = VcJwt.sign(DataIntegrityTests.badge(), key);
        String[] parts = jwt.split("\\.");
        String changed = decode(parts[1]).replace("Παπαδοπούλου", "Παπαδοπούλοv");
        String forged = parts[0] + "." + encode(changed) + "." + parts[2];

        assertThat(JwtProof.read(forged, ours).proof().messageKey()).isEqualTo("credential.signature.mismatch");
    }

    @Test
    void aKeyNobodyPublishedIsUnknown() {
        JwtProof.Read read = JwtProof.read(VcJwt.sign(DataIntegrityTests.badge(), key), new Keys(List.of()));

        assertThat(read.proof().messageKey()).isEqualTo("credential.signature.unknown-key");
    }

    @Test
    void refusesAKeyThatIsNotP256() {
        ObjectNode badge = DataIntegrityTests.badge();
        assertThatThrownBy(() -> VcJwt.sign(badge, TestKeys.didKey())).isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
