package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class MultikeyTests {

    @Test
    void encodesAnEd25519KeyAsZ6MkAndBack() {
        KeyPair pair = TestKeys.ed25519();

        String multikey = Multikey.encode(pair.getPublic());

        assertThat(multikey).startsWith("z6Mk").hasSize(48);
        assertThat(Multikey.decode(multikey).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
        assertThat(Multikey.didKey(pair.getPublic())).isEqualTo("did:key:" + multikey);
    }

    @Test
    void readsThePublishedTestKeyOfThe1EdTechSamples() {
        String published = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

        assertThat(Multikey.encode(Multikey.decode(published))).isEqualTo(published);
    }

    @Test
    void refusesWhatIsNotAnEd25519Multikey() {
        assertThatThrownBy(() -> Multikey.decode("zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multikey.decode("u6MkjZRZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multikey.decode("z0OIl")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base58KeepsLeadingZeroBytes() {
        byte[] bytes = {0, 0, 1, 2, (byte) 0xff};

        assertThat(Base58.encode(bytes)).startsWith("11");
        assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
        assertThat(Base58.decode("")).isEmpty();
    }
}
