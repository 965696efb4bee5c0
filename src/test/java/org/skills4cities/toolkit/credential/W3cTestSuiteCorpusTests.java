package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The W3C VC 2.0 conformance-suite input vectors of the shared corpus, judged as their file names say. */
class W3cTestSuiteCorpusTests {

    private static final String SUITE = "vc2-w3c-testsuite/";
    private final DataModelChecks checks = new DataModelChecks(DataIntegrityTests.CONTEXTS);

    static Stream<String> okCredentials() throws IOException {
        Path root = Corpus.path(SUITE);
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.contains("-ok") && name.endsWith(".json"))
                    .filter(name -> !name.startsWith("presentation-"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static JsonNode read(String name) {
        return JsonText.parse(Corpus.read(SUITE + name)).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("okCredentials")
    void everyOkCredentialIsAcceptedSignedAndVerified(String name) {
        ObjectNode credential = (ObjectNode) read(name);
        assertThat(checks.credential(credential, Mode.ISSUANCE_INPUT)).as(name).isEmpty();

        SigningKey key = TestKeys.didKey();
        credential.remove("proof");
        if (credential.path("issuer") instanceof ObjectNode issuer) {
            issuer.put("id", Multikey.didKey(key.publicKey()));
        } else {
            credential.put("issuer", Multikey.didKey(key.publicKey()));
        }
        ObjectNode signed = DataIntegrityTests.INTEGRITY.sign(credential, key, Instant.now());
        Instant from = Summaries.date(signed, "validFrom", "issuanceDate");
        Clock within = Clock.fixed(from == null ? Verdicts.CLOCK.instant() : from, ZoneOffset.UTC);

        Verification verification =
                new Verifier(DataIntegrityTests.CONTEXTS, List.of(), List.of(), within).verify(JsonText.write(signed));

        assertThat(verification.outcome()).as(name).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
    }

    @ParameterizedTest
    @CsvSource({
        "credential-validfrom-far-future-ok.json, NOT_YET_VALID",
        "credential-validuntil-ok.json, EXPIRED",
        "credential-validuntil-tz-ok.json, EXPIRED"
    })
    void okCredentialsOutsideTheirValidityPeriodAreJudgedByTheirDates(String name, Outcome outcome) {
        ObjectNode credential = (ObjectNode) read(name);
        SigningKey key = TestKeys.didKey();
        credential.put("issuer", Multikey.didKey(key.publicKey()));

        String signed = JsonText.write(DataIntegrityTests.INTEGRITY.sign(credential, key, Instant.now()));

        assertThat(Verdicts.offline().verify(signed).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({
        "credential-context-combo4-fail.json, context-entry, /@context/1",
        "credential-evidence-missing-type-fail.json, type-required, /evidence",
        "credential-id-multi-fail.json, id-multiple, /id",
        "credential-id-not-url-fail.json, id-not-url, /id",
        "credential-id-subject-multi-fail.json, id-multiple, /credentialSubject/id",
        "credential-issuer-null-fail.json, issuer-invalid, /issuer",
        "credential-issuer-object-id-no-url-fail.json, issuer-not-url, /issuer/id",
        "credential-missing-base-context-fail-or-inject.json, context-first, /@context/0",
        "credential-no-context-fail-or-inject.json, context-missing, /@context",
        "credential-no-issuer-fail.json, subject-empty, /credentialSubject",
        "credential-no-type-fail.json, type-missing, /type",
        "credential-proof-missing-type-fail.json, type-required, /proof",
        "credential-redef-type2-fail.json, context-protected, /@context",
        "credential-refresh-no-type-fail.json, type-required, /refreshService",
        "credential-schema-no-type-fail.json, type-required, /credentialSchema",
        "credential-schema-non-url-id-fail.json, id-not-url, /credentialSchema/id",
        "credential-status-missing-type-fail.json, type-required, /credentialStatus",
        "credential-status-multiple-id-fail.json, id-multiple, /credentialStatus/id",
        "credential-status-type-nonurl-fail.json, type-not-url, /credentialStatus/type",
        "credential-subject-no-claims-fail.json, subject-empty, /credentialSubject",
        "credential-termsofuse-missing-type-fail.json, type-required, /termsOfUse",
        "credential-termsofuse-no-type-fail.json, type-required, /termsOfUse",
        "credential-type-mapped-nonurl-fail.json, context-term-not-url, /@context",
        "credential-type-unmapped-fail.json, type-not-url, /type",
        "credential-validUntil-validFrom-fail.json, date-invalid, /validFrom",
        "credential-validfrom-invalid-fail.json, date-invalid, /validFrom",
        "credential-validuntil-invalid-fail.json, date-invalid, /validUntil",
        "names-and-descriptions/credential-name-extra-prop-en-fail.json, language-value, /name",
        "names-and-descriptions/issuer-name-extra-prop-en-fail.json, language-value, /issuer/name"
    })
    void everyFailCredentialIsRejectedForItsOwnReason(String name, String reason, String pointer) {
        assertThat(checks.credential(read(name), Mode.ISSUANCE_INPUT))
                .extracting(ModelProblem::messageKey, ModelProblem::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple("credential.model." + reason, pointer));
    }

    @Test
    void theNoIssuerVectorLacksAnIssuerWhenVerified() {
        assertThat(checks.credential(read("credential-no-issuer-fail.json"), Mode.VERIFICATION))
                .extracting(ModelProblem::messageKey)
                .contains("credential.model.issuer-missing", "credential.model.subject-empty");
    }

    @Test
    void aValidUntilBeforeItsValidFromIsRejected() {
        ObjectNode credential = (ObjectNode) read("credential-validUntil-validFrom-fail.json");
        credential.put("validFrom", "2030-01-01T00:00:00Z").put("validUntil", "2020-01-01T00:00:00Z");

        assertThat(checks.credential(credential, Mode.ISSUANCE_INPUT))
                .extracting(ModelProblem::messageKey)
                .containsExactly("credential.model.dates-order");
    }

    @ParameterizedTest
    @CsvSource({
        "presentation-context-combo2-ok.json",
        "presentation-enveloped-vc-ok.json",
        "presentation-holder-object-ok.json",
        "presentation-id-ok.json",
        "presentation-multiple-vc-ok.json",
        "presentation-ok.json",
        "presentation-optional-type-ok.json",
        "presentation-self-asserted-vc-issuer-mismatch.json",
        "presentation-self-asserted-vc-no-holder.json"
    })
    void okPresentationsAndTheSelfAssertedOnesAreAccepted(String name) {
        assertThat(checks.presentation(read(name))).as(name).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "presentation-context-order-fail.json, context-first, /@context/0",
        "presentation-holder-fail.json, holder-not-url, /holder",
        "presentation-holder-object-fail.json, holder-not-url, /holder/id",
        "presentation-missing-base-context-fail.json, context-first, /@context/0",
        "presentation-no-context-fail-or-inject.json, context-missing, /@context",
        "presentation-vc-as-string-fail.json, presentation-credential-not-object, /verifiableCredential/0",
        "presentation-vc-missing-required-type-fail.json, type-missing, /verifiableCredential/0/type"
    })
    void failPresentationsAreRejectedForTheirOwnReason(String name, String reason, String pointer) {
        assertThat(checks.presentation(read(name)))
                .extracting(ModelProblem::messageKey, ModelProblem::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple("credential.model." + reason, pointer));
    }

    @ParameterizedTest
    @CsvSource({
        "vc-example-1.json",
        "vc-example-4.json",
        "vc-example-11.json",
        "vc-example-12.json",
        "vc-example-13.json"
    })
    void theW3cExampleCredentialsConformToTheDataModel(String name) {
        JsonNode example =
                JsonText.parse(Corpus.read("vc2-w3c/examples/" + name)).orElseThrow();

        assertThat(checks.credential(example, Mode.VERIFICATION)).isEmpty();
    }

    @Test
    void theW3cExamplePresentationConformsToTheDataModel() {
        JsonNode example = JsonText.parse(Corpus.read("vc2-w3c/examples/vp-example-2.json"))
                .orElseThrow();

        assertThat(checks.presentation(example)).isEmpty();
    }
}
