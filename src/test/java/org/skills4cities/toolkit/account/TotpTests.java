package org.skills4cities.toolkit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time-based one-time codes against the test vectors of RFC 6238 (SHA-1, last six of the eight digits). */
class TotpTests {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} the code is {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void givesTheCodesOfRfc6238(long seconds, String code) {
        assertThat(Totp.code(RFC_KEY, seconds / Totp.STEP_SECONDS)).isEqualTo(code);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = now.getEpochSecond() / Totp.STEP_SECONDS;
        byte[] key = Totp.unbase32(secret);

        assertThat(Totp.matchingStep(secret, Totp.code(key, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(key, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(key, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(key, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
    }

    @Test
    void writesSecretsInBase32BothWays() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.unbase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void namesIssuerAndAccountForTheAuthenticatorApp() {
        assertThat(Totp.uri("Skills4Cities", "ана@example.org", "ABC"))
                .startsWith(
                        "otpauth://totp/Skills4Cities:%D0%B0%D0%BD%D0%B0%40example.org?secret=ABC&issuer=Skills4Cities");
    }
}
