package org.skills4cities.toolkit.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.credential.OfflineContexts;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ElmExportTests {

    static final String ISSUER = "https://toolkit.example.eu/issuers/0f5c2a1e-3b7d-4c09-9a51-6e2f8d7b4c10";
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OfflineContexts CONTEXTS = new OfflineContexts();

    private final ElmExport export = new ElmExport(CertificatePdfTests.MESSAGES);

    @ParameterizedTest
    @EnumSource(Language.class)
    void expandsWithTheShippedContextsUsingOnlyTermsTheyDefine(Language language) throws JsonLdError {
        JsonArray expanded = expanded(export.json(SampleCertificates.of(language), ISSUER));

        List<String> relativeTypes = new ArrayList<>();
        types(expanded, relativeTypes);

        assertThat(relativeTypes).as("types that no context defines").isEmpty();
        JsonObject credential = expanded.getJsonObject(0);
        assertThat(credential.getJsonArray("@type"))
                .extracting(v -> ((JsonString) v).getString())
                .containsExactly(
                        "https://www.w3.org/2018/credentials#VerifiableCredential", ELM + "EuropeanDigitalCredential");
        JsonObject holder = credential
                .getJsonArray("https://www.w3.org/2018/credentials#credentialSubject")
                .getJsonObject(0);
        JsonObject fullName =
                holder.getJsonArray("http://xmlns.com/foaf/0.1/fullName").getJsonObject(0);
        assertThat(fullName.getString("@value")).isEqualTo(SampleCertificates.HOLDERS.get(language));
        assertThat(fullName.getString("@language")).isEqualTo(language.code());
        assertThat(holder.getJsonArray(ELM + "hasClaim")).hasSize(1);
    }

    @Test
    void theExpansionCheckRefusesATermNoContextDefines() {
        var credential = export.credential(SampleCertificates.of(Language.EN), ISSUER);
        credential.withObject("credentialSubject").put("holderEmail", "x@example.org");

        assertThatThrownBy(() -> expanded(JSON.writeValueAsBytes(credential)))
                .isInstanceOf(JsonLdError.class)
                .hasMessageContaining("holderEmail");
    }

    @Test
    void theExpansionCheckFindsATypeNoContextDefines() throws JsonLdError {
        var credential = export.credential(SampleCertificates.of(Language.EN), ISSUER);
        credential.withObject("credentialSubject").put("type", "Learner");

        List<String> relativeTypes = new ArrayList<>();
        types(expanded(JSON.writeValueAsBytes(credential)), relativeTypes);

        assertThat(relativeTypes).containsExactly("Learner");
    }

    @Test
    void describesTheHolderAchievementQualificationAndIssuerAsElmDoes() {
        CertificateContent content = SampleCertificates.of(Language.EN);

        JsonNode credential = JSON.readTree(export.json(content, ISSUER));

        assertThat(credential.get("id").asString()).isEqualTo(SampleCertificates.VERIFY_URL + "#elm");
        assertThat(credential.get("type").values())
                .extracting(JsonNode::asString)
                .containsExactly("VerifiableCredential", "EuropeanDigitalCredential");
        assertThat(credential.at("/issuer/id").asString()).isEqualTo(ISSUER);
        assertThat(credential.at("/issuer/type").asString()).isEqualTo("Organisation");
        assertThat(credential.at("/identifier/notation").asString()).isEqualTo(SampleCertificates.ID);
        assertThat(credential.at("/credentialSubject/type").asString()).isEqualTo("Person");
        assertThat(credential.at("/credentialSubject/fullName/en").asString()).isEqualTo("Anna-Maria O'Neill");
        JsonNode claim = credential.at("/credentialSubject/hasClaim");
        assertThat(claim.get("type").asString()).isEqualTo("LearningAchievement");
        assertThat(claim.at("/title/en").asString()).isEqualTo("Smart City Project Manager – Level 3");
        assertThat(claim.at("/awardedBy/awardingBody/id").asString()).isEqualTo(ISSUER);
        assertThat(claim.at("/specifiedBy/type").asString()).isEqualTo("Qualification");
        assertThat(claim.at("/specifiedBy/learningOutcome"))
                .hasSize(content.competences().size());
        assertThat(claim.at("/hasPart")).hasSize(content.competences().size());
        assertThat(claim.at("/hasPart/0/identifier/notation").asString()).isEqualTo("A.3");
        assertThat(claim.at("/hasPart/0/provenBy/grade/noteLiteral/en").asString())
                .isEqualTo("Level 2");
        assertThat(claim.at("/hasPart/0/id").asString()).isEqualTo(SampleCertificates.VERIFY_URL + "#competence-A.3");
    }

    @Test
    void writesTheDatesAsTheStartOfTheDaysInTheIssuersZone() {
        JsonNode credential = export.credential(SampleCertificates.of(Language.BG), ISSUER);

        assertThat(credential.get("validFrom").asString()).isEqualTo("2026-03-01T00:00:00+02:00");
        assertThat(credential.get("issued").asString()).isEqualTo("2026-03-01T00:00:00+02:00");
        assertThat(credential.get("issuanceDate").asString()).isEqualTo("2026-03-01T00:00:00+02:00");
        assertThat(credential.get("validUntil").asString()).isEqualTo("2029-02-28T00:00:00+02:00");
    }

    @Test
    void keepsGreekTextAsUtf8AndTagsItGreek() {
        byte[] json = export.json(SampleCertificates.of(Language.EL), ISSUER);
        String text = new String(json, StandardCharsets.UTF_8);

        JsonNode credential = JSON.readTree(json);

        assertThat(text).contains("Γιώργος Παπαδόπουλος").contains("Διαχειριστής έργων έξυπνης πόλης");
        assertThat(credential.at("/credentialSubject/fullName/el").asString()).isEqualTo("Γιώργος Παπαδόπουλος");
        assertThat(credential
                        .at("/credentialSubject/hasClaim/specifiedBy/title/el")
                        .asString())
                .isEqualTo("Διαχειριστής έργων έξυπνης πόλης");
        assertThat(credential.at("/displayParameter/primaryLanguage/id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/language/ELL");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void carriesNoProofAndNoStatusBecauseItIsUnsigned(Language language) {
        String json = new String(export.json(SampleCertificates.of(language), ISSUER), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"proof\"").doesNotContain("\"credentialStatus\"");
    }

    @Test
    void givesTheQualificationItsEqfLevelWhenTheLevelIsOne() throws JsonLdError {
        CertificateContent content = SampleCertificates.of(Language.EL);
        CertificateContent eqf = SampleCertificates.with(content, "EQF 6", content.competences());

        JsonNode credential = JSON.readTree(export.json(eqf, ISSUER));
        JsonArray expanded = expanded(export.json(eqf, ISSUER));

        assertThat(credential
                        .at("/credentialSubject/hasClaim/specifiedBy/eqfLevel/id")
                        .asString())
                .isEqualTo("http://data.europa.eu/snb/eqf/6");
        assertThat(credential.at("/credentialSubject/hasClaim/title/el").asString())
                .isEqualTo("Διαχειριστής έργων έξυπνης πόλης – Επίπεδο 6 ΕΠΠ");
        assertThat(expanded.toString()).contains(ELM + "EQFLevel", "http://data.europa.eu/snb/eqf/6");
        assertThat(export.credential(content, ISSUER)
                        .at("/credentialSubject/hasClaim/specifiedBy/eqfLevel")
                        .isMissingNode())
                .as("a level 3 of the rules is no EQF level")
                .isTrue();
    }

    @Test
    void leavesTheLevelOutOfTheTitleWhenTheRulesGiveNone() {
        CertificateContent content = SampleCertificates.of(Language.DE);
        CertificateContent without = SampleCertificates.with(content, null, content.competences());

        JsonNode credential = export.credential(without, ISSUER);

        assertThat(credential.at("/credentialSubject/hasClaim/title/de").asString())
                .isEqualTo("Smart-City-Projektmanager/-in");
    }

    /** The document expanded offline; a term that no context defines fails the expansion. */
    static JsonArray expanded(byte[] json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(json)))
                .loader(CONTEXTS)
                .undefinedTermsPolicy(ProcessingPolicy.Fail)
                .get();
    }

    /** Collects every expanded type that is not an absolute IRI, as a type no context defines stays. */
    static void types(JsonValue value, List<String> relative) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> types(v, relative));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("@type") && v instanceof JsonArray types) {
                    types.stream()
                            .map(t -> ((JsonString) t).getString())
                            .filter(t -> !URI.create(t).isAbsolute())
                            .forEach(relative::add);
                } else if (!key.equals("@value")) {
                    types(v, relative);
                }
            });
        }
    }
}
