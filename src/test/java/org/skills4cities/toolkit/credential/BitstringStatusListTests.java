package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTests {

    @Test
    void encodesAndDecodesTheSetBits() {
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(7);
        bits.set(94_567);
        bits.set(BitstringStatusList.MINIMUM_LENGTH - 1);

        String encoded = BitstringStatusList.encode(bits, BitstringStatusList.MINIMUM_LENGTH);

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        assertThat(BitstringStatusList.decode(encoded)).isEqualTo(bits);
    }

    @Test
    void indexZeroIsTheLeftmostBitOfTheFirstByte() throws IOException {
        BitSet first = new BitSet();
        first.set(0);
        byte[] gunzipped = gunzip(BitstringStatusList.encode(first, BitstringStatusList.MINIMUM_LENGTH));

        assertThat(gunzipped).hasSize(BitstringStatusList.MINIMUM_LENGTH / 8);
        assertThat(gunzipped[0]).isEqualTo((byte) 0x80);
    }

    @Test
    void anEmptyMinimumListIsShort() {
        String encoded = BitstringStatusList.encode(new BitSet(), BitstringStatusList.MINIMUM_LENGTH);

        assertThat(encoded.length()).isLessThan(200);
        assertThat(BitstringStatusList.decode(encoded).isEmpty()).isTrue();
    }

    @Test
    void refusesListsShorterThanTheMinimumOrNotWhole() {
        assertThatThrownBy(() -> BitstringStatusList.encode(new BitSet(), 1024))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.encode(new BitSet(), BitstringStatusList.MINIMUM_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
        BitSet beyond = new BitSet();
        beyond.set(BitstringStatusList.MINIMUM_LENGTH);
        assertThatThrownBy(() -> BitstringStatusList.encode(beyond, BitstringStatusList.MINIMUM_LENGTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotAnEncodedList() {
        assertThatThrownBy(() -> BitstringStatusList.decode("u!!!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.decode("uAAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACompressionBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                gzip.write(zeros);
            }
        }
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());

        assertThatThrownBy(() -> BitstringStatusList.decode(bomb)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] gunzip(String encoded) throws IOException {
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
