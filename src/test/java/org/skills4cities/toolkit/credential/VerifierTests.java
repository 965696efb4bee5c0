package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

class VerifierTests {

    private static final String ISSUER = "https://toolkit.example/issuers/1";

    private final KeyPair ed25519 = TestKeys.ed25519();
    private final KeyPair p256 = TestKeys.p256();
    private final SigningKey ourEd = SigningKey.of(ISSUER + "#ed25519-1", ed25519);
    private final SigningKey ourP256 = SigningKey.of(ISSUER + "#p256-1", p256);
    private final KeyResolver ours = new KeyResolver() {
        @Override
        public Optional<ResolvedKey> resolve(String method) {
            if (method.equals(ourEd.verificationMethod())) {
                return Optional.of(new ResolvedKey(ed25519.getPublic(), true));
            }
            return method.equals(ourP256.verificationMethod())
                    ? Optional.of(new ResolvedKey(p256.getPublic(), true))
                    : Optional.empty();
        }

        @Override
        public boolean knowsIssuer(String issuerId) {
            return ISSUER.equals(issuerId);
        }
    };
    private final Verifier verifier = Verdicts.verifier(List.of(ours), List.of());

    private String signed(ObjectNode credential) {
        return JsonText.write(DataIntegrityTests.INTEGRITY.sign(credential, ourEd, Instant.now()));
    }

    @Test
    void ourOwnCredentialIsValidWithAKnownIssuer() {
        Verification verification = verifier.verify(signed(DataIntegrityTests.badge()));

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.checks()).extracting(Check::result).containsOnly(CheckResult.PASSED);
        assertThat(verification.summary()).isNotNull();
        assertThat(verification.summary().holderName()).isEqualTo("Μαρία Παπαδοπούλου");
        assertThat(verification.summary().achievementName()).isEqualTo("Smart City Project Manager");
        assertThat(verification.summary().issuerName()).isEqualTo("Body");
        assertThat(verification.summary().validUntil()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z"));
    }

    @Test
    void oneChangedLetterOfTheHolderNameMakesItInvalidWithNoCheckPassed() {
        String text = signed(DataIntegrityTests.badge());
        String forged = text.replace("Παπαδοπούλου", "Παπαδοπούλοu");

        Verdicts.invalidBy(verifier.verify(forged), CheckKind.SIGNATURE, "credential.signature.mismatch");
    }

    @Test
    void oneChangedLetterOfTheHolderNameInTheJwtMakesItInvalidWithNoCheckPassed() {
        String jwt = VcJwt.sign(DataIntegrityTests.badge(), ourP256);
        assertThat(verifier.verify(jwt).outcome()).isEqualTo(Outcome.VALID);
        String[] parts = jwt.split("\\.");
        String payload = VcJwtTests.decode(parts[1]).replace("Παπαδοπούλου", "Παπαδοπούλοu");

        Verification forged = verifier.verify(parts[0] + "." + VcJwtTests.encode(payload) + "." + parts[2]);

        Verdicts.invalidBy(forged, CheckKind.SIGNATURE, "credential.signature.mismatch");
    }

    @Test
    void aCredentialNamingAnIssuerKnownHereButSignedWithAnotherKeyIsInvalid() {
        SigningKey stranger = TestKeys.didKey();
        String text =
                JsonText.write(DataIntegrityTests.INTEGRITY.sign(DataIntegrityTests.badge(), stranger, Instant.now()));

        Verdicts.invalidBy(verifier.verify(text), CheckKind.ISSUER, "credential.issuer.not-its-key");
    }

    @Test
    void aForeignCredentialWithADidKeyIsValidWithAnIssuerWarning() {
        ObjectNode badge = DataIntegrityTests.badge();
        ((ObjectNode) badge.path("issuer")).put("id", "https://elsewhere.example/issuers/9");
        String text = JsonText.write(DataIntegrityTests.INTEGRITY.sign(badge, TestKeys.didKey(), Instant.now()));

        Verification verification = verifier.verify(text);

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.ISSUER).result()).isEqualTo(CheckResult.WARNING);
    }

    @ParameterizedTest
    @CsvSource({"0, REVOKED, credential.status.revoked", "1, SUSPENDED, credential.status.suspended"})
    void aSetStatusBitRevokesOrSuspends(int setEntry, Outcome outcome, String messageKey) {
        ObjectNode badge = withStatus(DataIntegrityTests.badge());
        BitSet revoked = new BitSet();
        BitSet suspended = new BitSet();
        (setEntry == 0 ? revoked : suspended).set(94_567);
        String revocationList = BitstringStatusList.encode(revoked, BitstringStatusList.MINIMUM_LENGTH);
        String suspensionList = BitstringStatusList.encode(suspended, BitstringStatusList.MINIMUM_LENGTH);
        StatusSource lists = entry -> {
            String purpose = entry.path("statusPurpose").asString("");
            BitSet bits = BitstringStatusList.decode(purpose.equals("revocation") ? revocationList : suspensionList);
            return Optional.of(new StatusAnswer(
                    purpose,
                    bits.get(Integer.parseInt(entry.path("statusListIndex").asString("")))));
        };

        Verification verification =
                Verdicts.verifier(List.of(ours), List.of(lists)).verify(signed(badge));

        assertThat(verification.outcome()).isEqualTo(outcome);
        assertThat(verification.check(CheckKind.STATUS).messageKey()).isEqualTo(messageKey);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void aStatusListNotKnownHereIsAWarningThatKeepsItValid() {
        Verification verification = verifier.verify(signed(withStatus(DataIntegrityTests.badge())));

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.STATUS).messageKey()).isEqualTo("credential.status.offline");
    }

    @Test
    void aCredentialValidFromTomorrowIsNotYetValid() {
        ObjectNode badge = DataIntegrityTests.badge();
        badge.put("validFrom", Verdicts.CLOCK.instant().plusSeconds(86_400).toString());

        assertThat(verifier.verify(signed(badge)).outcome()).isEqualTo(Outcome.NOT_YET_VALID);
    }

    @Test
    void aJwtWithAnRs256KeyNamedByKidVerifies() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("urn:test:rsa").build(),
                new Payload(JsonText.write(DataIntegrityTests.badge())));
        jws.sign(new RSASSASigner(rsa.getPrivate()));
        KeyResolver rsaKey = method ->
                method.equals("urn:test:rsa") ? Optional.of(new ResolvedKey(rsa.getPublic(), false)) : Optional.empty();

        Verification verification =
                Verdicts.verifier(List.of(rsaKey), List.of()).verify(jws.serialize());

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.SIGNATURE).arguments()).containsExactly("RS256");
    }

    @Test
    void aJwtsOwnExpiryAndIssuerCountAgainstWhatItCarries() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();
        KeyResolver rsaKey = method ->
                method.equals("urn:test:rsa") ? Optional.of(new ResolvedKey(rsa.getPublic(), false)) : Optional.empty();
        Verifier withRsa = Verdicts.verifier(List.of(rsaKey), List.of());

        ObjectNode expired = DataIntegrityTests.badge();
        expired.put("exp", Verdicts.CLOCK.instant().minusSeconds(86_400).getEpochSecond());
        assertThat(withRsa.verify(rs256(expired, rsa)).outcome()).isEqualTo(Outcome.EXPIRED);

        ObjectNode notYet = DataIntegrityTests.badge();
        notYet.put("nbf", Verdicts.CLOCK.instant().plusSeconds(86_400).getEpochSecond());
        assertThat(withRsa.verify(rs256(notYet, rsa)).outcome()).isEqualTo(Outcome.NOT_YET_VALID);

        ObjectNode otherIssuer = DataIntegrityTests.badge();
        otherIssuer.put("iss", "https://elsewhere.example/issuer");
        Verification verification = withRsa.verify(rs256(otherIssuer, rsa));
        assertThat(verification.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(verification.check(CheckKind.ISSUER).messageKey()).isEqualTo("credential.issuer.jwt-iss");
        assertThat(verification.checks()).extracting(Check::result).doesNotContain(CheckResult.PASSED);
    }

    private static String rs256(ObjectNode claims, KeyPair rsa) throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("urn:test:rsa").build(),
                new Payload(JsonText.write(claims)));
        jws.sign(new RSASSASigner(rsa.getPrivate()));
        return jws.serialize();
    }

    @Test
    void aJwtSignedWithEdDsaByADidKeyVerifies() throws Exception {
        String did = Multikey.didKey(ed25519.getPublic());
        String header = VcJwtTests.encode("{\"alg\":\"EdDSA\",\"kid\":\"" + did + "\"}");
        String payload = VcJwtTests.encode(JsonText.write(DataIntegrityTests.badge()));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(ed25519.getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        String signature = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());

        Verification verification = Verdicts.offline().verify(header + "." + payload + "." + signature);

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.SIGNATURE).arguments()).containsExactly("EdDSA");
    }

    @Test
    void aJwtWithAnotherAlgorithmFails() {
        String header = VcJwtTests.encode("{\"alg\":\"HS256\",\"kid\":\"x\"}");
        String payload = VcJwtTests.encode(JsonText.write(DataIntegrityTests.badge()));

        Verdicts.invalidBy(
                verifier.verify(header + "." + payload + ".c2ln"),
                CheckKind.SIGNATURE,
                "credential.signature.jwt-algorithm");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{ | credential.format.not-json",
                "[1, 2] | credential.format.not-object",
                "[1.5, 2.5] | credential.format.not-object",
                "'   ' | credential.format.empty",
                "a.b.c | credential.format.not-jwt",
                "eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.c2ln | credential.format.jwt-payload",
                "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \"https://evil.example/ctx\"]} "
                        + "| credential.model.context-unknown"
            })
    void badInputIsInvalidForItsFormatAndNeverThrows(String input, String messageKey) {
        Verdicts.invalidBy(verifier.verify(input), CheckKind.FORMAT, messageKey);
    }

    @Test
    void aFiveMegabyteStringIsInvalidForItsLength() {
        Verdicts.invalidBy(
                verifier.verify("{\"a\":\"" + "x".repeat(5_000_000) + "\"}"),
                CheckKind.FORMAT,
                "credential.format.too-long");
        Verdicts.invalidBy(verifier.verify(null), CheckKind.FORMAT, "credential.format.empty");
    }

    @Test
    void deeplyNestedJsonIsInvalidForItsDepth() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        Verdicts.invalidBy(verifier.verify(deep), CheckKind.FORMAT, "credential.format.too-deep");
        Verdicts.invalidBy(verifier.verify("{\"a\":" + deep + "}"), CheckKind.FORMAT, "credential.format.too-deep");
    }

    @Test
    void anUnknownContextInsideASignedLookingCredentialFailsTheFormat() {
        ObjectNode badge = DataIntegrityTests.badge();
        badge.putArray("@context").add("https://www.w3.org/ns/credentials/v2").add("http://127.0.0.1:9/ctx");
        badge.putObject("proof").put("type", "DataIntegrityProof").put("proofValue", "z1");

        Verdicts.invalidBy(
                verifier.verify(JsonText.write(badge)), CheckKind.FORMAT, "credential.model.context-unknown");
    }

    private static ObjectNode withStatus(ObjectNode badge) {
        var status = badge.putArray("credentialStatus");
        for (String purpose : List.of("revocation", "suspension")) {
            status.addObject()
                    .put("id", "https://toolkit.example/status/1/" + purpose + "#94567")
                    .put("type", "BitstringStatusListEntry")
                    .put("statusPurpose", purpose)
                    .put("statusListIndex", "94567")
                    .put("statusListCredential", "https://toolkit.example/status/1/" + purpose);
        }
        return badge;
    }
}
