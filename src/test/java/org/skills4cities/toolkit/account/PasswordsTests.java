package org.skills4cities.toolkit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy and Argon2id hashing, with the cases docs/security.md lists. */
class PasswordsTests {

    private static final Passwords PASSWORDS = new Passwords();

    @Test
    void hashesWithArgon2idAtTheOwaspMinimum() {
        assertThat(PASSWORDS.hash("correct horse battery staple")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "sieben!"})
    void refusesFewerThanEightCharacters(String password) {
        assertThatThrownBy(() -> PASSWORDS.hash(password))
                .isInstanceOfSatisfying(
                        PasswordRejected.class, e -> assertThat(e.reason()).isEqualTo("tooShort"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PASSWORDS.accepted("δδδδδδδδ")).hasSize(8);
        assertThat(PASSWORDS.accepted("😀😀😀😀😀😀😀😀")).isNotEmpty();
        assertThatThrownBy(() -> PASSWORDS.accepted("😀😀😀😀😀😀😀")).isInstanceOf(PasswordRejected.class);
    }

    @Test
    void takesUpTo128CharactersAndNoMore() {
        assertThat(PASSWORDS.accepted("ж".repeat(128))).hasSize(128);
        assertThatThrownBy(() -> PASSWORDS.accepted("ж".repeat(129)))
                .isInstanceOfSatisfying(
                        PasswordRejected.class, e -> assertThat(e.reason()).isEqualTo("tooLong"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "Password1", "iloveyou", "qwertyuiop"})
    void refusesCommonPasswords(String password) {
        assertThatThrownBy(() -> PASSWORDS.hash(password))
                .isInstanceOfSatisfying(
                        PasswordRejected.class, e -> assertThat(e.reason()).isEqualTo("common"));
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(PASSWORDS.accepted("all lower case words here")).isNotEmpty();
        assertThat(PASSWORDS.accepted("ΌΛΑ ΚΕΦΑΛΑΊΑ ΕΛΛΗΝΙΚΆ")).isNotEmpty();
    }

    @Test
    void comparesLongCyrillicAndGreekPassphrasesWholeWithoutTruncation() {
        String cyrillic =
                "щъркелитесевръщатнапролетвсъщотогнездонадкомина".repeat(2).substring(0, 64);
        String greek = "οιπελαργοίεπιστρέφουντηνάνοιξηστηνίδιαφωλιάπάνωαπότηνκαμινάδα"
                .repeat(2)
                .substring(0, 64);
        for (String passphrase : new String[] {cyrillic, greek}) {
            String hash = PASSWORDS.hash(passphrase);
            String lastLetterChanged = passphrase.substring(0, 63) + (passphrase.charAt(63) == 'а' ? 'б' : 'α');

            assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(64);
            assertThat(PASSWORDS.matches(passphrase, hash)).isTrue();
            assertThat(PASSWORDS.matches(lastLetterChanged, hash)).isFalse();
        }
    }

    @Test
    void treatsComposedAndDecomposedLettersAsTheSamePassword() {
        String composed = "καλημέρα κόσμε"; // έ, ό as single code points (NFC)
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        String hash = PASSWORDS.hash(decomposed);

        assertThat(PASSWORDS.matches(composed, hash)).isTrue();
        assertThat(PASSWORDS.matches("καλημερα κοσμε", hash))
                .as("without accents it is another password")
                .isFalse();
    }

    @Test
    void neverMatchesWithoutAHash() {
        assertThat(PASSWORDS.matches("anything at all", null)).isFalse();
    }
}
