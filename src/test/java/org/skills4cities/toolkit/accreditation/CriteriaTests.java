package org.skills4cities.toolkit.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.language.Language;
import org.springframework.core.io.ClassPathResource;

/** The criteria file shipped, read and checked; and a broken file refused with the place of its problem. */
class CriteriaTests {

    private static String shipped() throws IOException {
        return new ClassPathResource("accreditation/criteria.json").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedCriteriaHaveEveryTextInSixLanguages() throws IOException {
        List<Criterion> criteria = Criteria.read(shipped(), "shipped");

        assertThat(criteria)
                .filteredOn(c -> c.subject() == Subject.TRAINING_ORGANISATION)
                .hasSize(8);
        assertThat(criteria).filteredOn(c -> c.subject() == Subject.TRAINER).hasSize(7);
        for (Criterion c : criteria) {
            for (Language language : Language.values()) {
                assertThat(c.title(language)).as(c.code() + " " + language).isNotBlank();
                assertThat(c.description(language)).isNotBlank();
                assertThat(c.evidence(language)).isNotBlank();
            }
        }
        assertThat(criteria.getFirst().title(Language.EL)).isEqualTo("Διακυβέρνηση και λογοδοσία");
    }

    @Test
    void refusesACriterionWithoutATextInOneLanguageNamingWhere() throws IOException {
        String broken = shipped().replace("\"el\": \"Καταρτισμένοι εκπαιδευτές\"", "\"el\": \" \"");

        assertThatThrownBy(() -> Criteria.read(broken, "broken.json"))
                .hasMessage("Accreditation criteria broken.json at /training-organisation/1/title/el: "
                        + "must be a text in el");
    }

    @Test
    void refusesARepeatedCode() throws IOException {
        String broken = shipped().replace("\"code\": \"TR-2\"", "\"code\": \"TO-1\"");

        assertThatThrownBy(() -> Criteria.read(broken, "broken.json"))
                .hasMessage("Accreditation criteria broken.json at /trainer/1/code: repeats the code TO-1");
    }

    @Test
    void refusesMalformedJsonAndAWrongFormat() {
        assertThatThrownBy(() -> Criteria.read("{", "x.json"))
                .hasMessageStartingWith("Accreditation criteria x.json at /:");
        assertThatThrownBy(() -> Criteria.read("{\"format\":\"other\"}", "x.json"))
                .hasMessage("Accreditation criteria x.json at /format: must be skills4cities-criteria/1");
    }

    @Test
    void namesAreFoundWithoutAccentsOrCase() {
        assertThat(Names.matches("Δήμος Αθηναίων Κατάρτιση", "ΑΘΗΝΑΙΩΝ")).isTrue();
        assertThat(Names.matches("Οδυσσέας", "ΟΔΥΣΣΕΑΣ")).isTrue();
        assertThat(Names.matches("Fundación Sevilla Formación", "fundacion formacion"))
                .isTrue();
        assertThat(Names.matches("Софийска академия", "АКАДЕМИЯ")).isTrue();
        assertThat(Names.matches("Софийска академия", "Пловдив")).isFalse();
        assertThat(Names.matches("Școala de formare Timișoara", "scoala timisoara"))
                .isTrue();
        assertThat(Names.matches("Akademie Hauptstraße", "HAUPTSTRASSE")).isTrue();
    }
}
