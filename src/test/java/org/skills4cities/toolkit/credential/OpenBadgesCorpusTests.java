package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 1EdTech Open Badges 3.0 samples of the shared corpus, judged as the upstream validator's tests say. */
class OpenBadgesCorpusTests {

    private final Verifier verifier = Verdicts.offline();

    private Verification verify(String name) {
        return verifier.verify(Corpus.read("ob3-1edtech/" + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple.json", "simple-did-key-method.json", "simple-context-alias.json"})
    void theValidSamplesVerify(String name) {
        Verification verification = verify(name);

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.FORMAT).result()).isEqualTo(CheckResult.PASSED);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
        assertThat(verification.check(CheckKind.STATUS).messageKey()).isEqualTo("credential.status.none");
        assertThat(verification.check(CheckKind.DATES).result()).isEqualTo(CheckResult.PASSED);
        assertThat(verification.check(CheckKind.ISSUER).result()).isEqualTo(CheckResult.WARNING);
        assertThat(verification.check(CheckKind.ISSUER).messageKey()).isEqualTo("credential.issuer.named-key");
    }

    @Test
    void anOlderOpenBadgesContextVerifiesWithAWarning() {
        Verification verification = verify("simple-context-version.json");

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.FORMAT).result()).isEqualTo(CheckResult.WARNING);
        assertThat(verification.check(CheckKind.FORMAT).arguments())
                .containsExactly("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
    }

    @ParameterizedTest
    @CsvSource({"simple-eddsa-2022.json, eddsa-2022", "simple_v1.json, Ed25519Signature2020"})
    void legacySuitesVerifyWithAWarning(String name, String suite) {
        Verification verification = verify(name);

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.WARNING);
        assertThat(verification.check(CheckKind.SIGNATURE).messageKey()).isEqualTo("credential.signature.legacy");
        assertThat(verification.check(CheckKind.SIGNATURE).arguments()).containsExactly(suite);
        assertThat(verification.check(CheckKind.FORMAT).messageKey()).isEqualTo("credential.format.vc11");
    }

    @ParameterizedTest
    @CsvSource({
        "simple-err-context.json, credential.model.context-first",
        "simple-err-issuer.json, credential.model.issuer-missing",
        "simple-err-type.json, credential.model.type-open-badge"
    })
    void malformedSamplesFailTheFormatForTheirOwnReason(String name, String messageKey) {
        Verdicts.invalidBy(verify(name), CheckKind.FORMAT, messageKey);
    }

    @Test
    void anExpiredBadgeIsExpired() {
        Verification verification = verify("simple-err-expired.json");

        assertThat(verification.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
        assertThat(verification.check(CheckKind.DATES).messageKey()).isEqualTo("credential.dates.expired");
    }

    @Test
    void anAlteredProofValueFailsTheSignatureAndNothingElsePasses() {
        Verdicts.invalidBy(verify("simple-err-proof-value.json"), CheckKind.SIGNATURE, "credential.signature.mismatch");
    }

    @Test
    void aBadgeWithoutProofIsInvalid() {
        Verdicts.invalidBy(verify("simple-noproof.json"), CheckKind.SIGNATURE, "credential.signature.no-proof");
    }

    @Test
    void aRevokedBadgeIsRevokedWhenItsListAnswers() {
        StatusSource revocationList = entry -> entry.path("type").asString("").equals("1EdTechRevocationList")
                        && entry.path("id")
                                .asString("")
                                .equals("https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/"
                                        + "da1e96e9-afcc-4eed-b9a2-2ddf7353214c")
                ? Optional.of(new StatusAnswer("revocation", true))
                : Optional.empty();

        Verification verification = Verdicts.verifier(List.of(), List.of(revocationList))
                .verify(Corpus.read("ob3-1edtech/credential-status-revoked.json"));

        assertThat(verification.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(verification.check(CheckKind.STATUS).messageKey()).isEqualTo("credential.status.revoked");
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.WARNING);
    }

    @Test
    void theRevokedBadgeWithoutItsListCannotBeCheckedOffline() {
        Verification verification = verify("credential-status-revoked.json");

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.STATUS).result()).isEqualTo(CheckResult.WARNING);
        assertThat(verification.check(CheckKind.STATUS).messageKey()).isEqualTo("credential.status.offline");
    }

    @Test
    void theJwtSampleIsAnOpenBadgeThatNamesNoKey() {
        String jwt = Corpus.read("ob3-1edtech/simple.jwt");

        JwtProof.Read read = JwtProof.read(jwt, new Keys(List.of()));
        assertThat(read.credential()).isNotNull();
        assertThat(Problems.types(read.credential().path("type"))).contains("OpenBadgeCredential");
        Verification verification = verifier.verify(jwt);
        Verdicts.invalidBy(verification, CheckKind.SIGNATURE, "credential.signature.jwt-no-key");
        assertThat(verification.summary()).isNotNull();
    }

    @Test
    void theEndorsementSampleVerifies() {
        Verification verification = verify("endorsement-valid.json");

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.check(CheckKind.SIGNATURE).result()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void theCompleteSampleIsReadAndSummarisedButItsProofDoesNotVerifyHere() {
        Verification verification = verify("complete.json");

        Verdicts.invalidBy(verification, CheckKind.SIGNATURE, "credential.signature.mismatch");
        CredentialSummary summary = verification.summary();
        assertThat(summary).isNotNull();
        assertThat(summary.id()).isNotBlank();
        assertThat(summary.issuerId()).isEqualTo("https://1edtech.edu/issuers/565049");
        assertThat(summary.achievementName()).isNotBlank();
        assertThat(summary.validUntil()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }
}
