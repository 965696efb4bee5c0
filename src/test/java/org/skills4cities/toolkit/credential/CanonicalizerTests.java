package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CanonicalizerTests {

    /** A credential whose subjects are blank nodes alike in every first-degree hash, so RDFC must go deeper. */
    private static JsonObject lookAlikes() {
        ObjectNode credential = DataIntegrityTests.badge();
        ArrayNode subjects = credential.putArray("credentialSubject");
        for (int i = 0; i < 4; i++) {
            subjects.addObject().putObject("knows").putObject("knows").put("name", "same");
        }
        return JsonText.jakarta(credential);
    }

    @Test
    void givesTheSameNQuadsWhateverTheOrderOfLookAlikeBlankNodes() {
        Canonicalizer canonicalizer = new Canonicalizer(DataIntegrityTests.CONTEXTS);

        String nquads = canonicalizer.nquads(lookAlikes());

        assertThat(nquads).contains("_:c14n0").endsWith("\n");
        assertThat(canonicalizer.nquads(lookAlikes())).isEqualTo(nquads);
    }

    @Test
    void stopsACanonicalizationThatRunsPastItsTimeLimit() {
        Canonicalizer hasty = new Canonicalizer(DataIntegrityTests.CONTEXTS, Duration.ofMillis(-1));

        assertThatThrownBy(() -> hasty.nquads(lookAlikes())).isInstanceOf(Canonicalizer.CanonicalizationFailed.class);
    }
}
