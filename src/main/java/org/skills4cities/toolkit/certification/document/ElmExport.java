package org.skills4cities.toolkit.certification.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A certificate as a European Learning Model (ELM v3) European Digital Credential in JSON-LD, unsigned: the holder a
 * {@code Person} whose claim is a {@code LearningAchievement} of the role, specified by a {@code Qualification} whose
 * learning outcomes are the competences, awarded by the certification body, with one part per competence whose
 * assessment grade is the level attested. It carries no proof; the Open Badges credential is the signed one, and
 * {@code docs/elm-export.md} says what a receiver should do with this one.
 */
@Component
public class ElmExport {

    /** The ELM v3 application-profile context of European Digital Credentials. */
    public static final String CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";

    /** The VC data model 1.1 context the ELM v3 credentials are written on. */
    public static final String VC_CONTEXT = "https://www.w3.org/2018/credentials/v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language";
    private static final Map<Language, String> AUTHORITY_CODES = Map.of(
            Language.EN, "ENG",
            Language.BG, "BUL",
            Language.RO, "RON",
            Language.DE, "DEU",
            Language.ES, "SPA",
            Language.EL, "ELL");

    private final MessageSource messages;

    public ElmExport(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The credential; {@code issuerId} is the IRI of the certification body (as in the Open Badges credential). The
     * credential's id is the certificate's verification address with the fragment {@code #elm}, its parts' ids other
     * fragments of that address, so that each names where the certificate can be checked.
     */
    public ObjectNode credential(CertificateContent content, String issuerId) {
        String id = content.verifyUrl();
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(CONTEXT);
        credential.put("id", id + "#elm");
        credential.putArray("type").add("VerifiableCredential").add("EuropeanDigitalCredential");
        credential.set("credentialProfiles", genericProfile());
        credential.set("displayParameter", display(content));
        credential.set(
                "identifier", identifier(id + "#identifier", t(content, "certificate.pdf.identifier"), content.id()));
        credential.set(
                "credentialSchema", node("http://data.europa.eu/snb/model/ap/edc-generic-full", "ShaclValidator2017"));
        credential.set("issuer", issuer(content, issuerId));
        String issued = startOf(content.issuedOn(), content.issuerZone());
        credential.put("issuanceDate", issued);
        credential.put("issued", issued);
        credential.put("validFrom", issued);
        credential.put("validUntil", startOf(content.validUntil(), content.issuerZone()));
        ObjectNode holder = credential.putObject("credentialSubject");
        holder.put("id", id + "#holder");
        holder.put("type", "Person");
        holder.set("fullName", text(content, content.holderName()));
        holder.set("hasClaim", achievement(content, issuerId, issued));
        return credential;
    }

    /** The credential as UTF-8 JSON, indented. */
    public byte[] json(CertificateContent content, String issuerId) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(credential(content, issuerId));
    }

    private ObjectNode achievement(CertificateContent content, String issuerId, String issued) {
        String id = content.verifyUrl();
        ObjectNode awarding = node(id + "#awarding", "AwardingProcess");
        awarding.set("awardingBody", issuer(content, issuerId));
        awarding.put("awardingDate", issued);
        ObjectNode achievement = node(id + "#achievement", "LearningAchievement");
        achievement.set("title", text(content, roleWithLevel(content)));
        achievement.set("awardedBy", awarding);
        ObjectNode qualification = achievement.putObject("specifiedBy");
        qualification.put("id", id + "#qualification");
        qualification.put("type", "Qualification");
        qualification.set("title", text(content, content.roleTitle()));
        qualification.set("description", text(content, framework(content)));
        qualification.put("isPartialQualification", false);
        EqfLevel.of(content.level()).ifPresent(level -> qualification.set("eqfLevel", eqf(level)));
        ArrayNode outcomes = qualification.putArray("learningOutcome");
        ArrayNode parts = achievement.putArray("hasPart");
        for (CertificateContent.Competence competence : content.competences()) {
            String part = id + "#competence-" + URLEncoder.encode(competence.code(), StandardCharsets.UTF_8);
            ObjectNode outcome = outcomes.addObject();
            outcome.put("id", part + "-outcome");
            outcome.put("type", "LearningOutcome");
            outcome.set("title", text(content, competence.code() + " " + competence.title()));
            parts.add(competence(content, competence, part, awarding));
        }
        return achievement;
    }

    private ObjectNode competence(
            CertificateContent content, CertificateContent.Competence competence, String id, ObjectNode awarding) {
        ObjectNode achievement = node(id, "LearningAchievement");
        achievement.set("title", text(content, competence.title()));
        achievement.set("identifier", identifier(id + "-code", framework(content), competence.code()));
        achievement.set("awardedBy", node(awarding.get("id").asString(), "AwardingProcess"));
        ObjectNode assessment = achievement.putObject("provenBy");
        assessment.put("id", id + "-assessment");
        assessment.put("type", "LearningAssessment");
        assessment.set("title", text(content, competence.title()));
        ObjectNode grade = node(id + "-level", "Note");
        grade.set("noteLiteral", text(content, t(content, "certificate.pdf.level", competence.level())));
        assessment.set("grade", grade);
        return achievement;
    }

    private ObjectNode issuer(CertificateContent content, String issuerId) {
        ObjectNode issuer = node(issuerId, "Organisation");
        issuer.set("legalName", text(content, content.issuerName()));
        return issuer;
    }

    private ObjectNode display(CertificateContent content) {
        ObjectNode display = node(content.verifyUrl() + "#display", "DisplayParameter");
        display.set("title", text(content, t(content, "certificate.pdf.heading") + " – " + content.roleTitle()));
        display.set("primaryLanguage", language(content.language()));
        display.putArray("language").add(language(content.language()));
        return display;
    }

    private static ObjectNode eqf(int level) {
        ObjectNode concept = node(EqfLevel.concept(level), "Concept");
        concept.set("inScheme", node("http://data.europa.eu/snb/eqf/25831c2", "ConceptScheme"));
        concept.putObject("prefLabel").put("en", "Level " + level);
        return concept;
    }

    private static ObjectNode genericProfile() {
        ObjectNode profile = node("http://data.europa.eu/snb/credential/e34929035b", "Concept");
        profile.set("inScheme", node("http://data.europa.eu/snb/credential/25831c2", "ConceptScheme"));
        profile.putObject("prefLabel").put("en", "Generic");
        return profile;
    }

    private static ObjectNode language(Language language) {
        ObjectNode concept = node(LANGUAGES + "/" + AUTHORITY_CODES.get(language), "Concept");
        concept.set("inScheme", node(LANGUAGES, "ConceptScheme"));
        concept.put("notation", language.code());
        concept.putObject("prefLabel").put(language.code(), language.nativeName());
        return concept;
    }

    private static ObjectNode identifier(String id, String scheme, String notation) {
        ObjectNode identifier = node(id, "Identifier");
        identifier.put("schemeName", scheme);
        identifier.put("notation", notation);
        return identifier;
    }

    private static ObjectNode node(String id, String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("type", type);
        return node;
    }

    /** A language map in the document's language, as ELM writes every text. */
    private static ObjectNode text(CertificateContent content, String text) {
        ObjectNode map = JSON.createObjectNode();
        map.put(content.language().code(), text);
        return map;
    }

    private String roleWithLevel(CertificateContent content) {
        String level = content.level();
        if (level == null) {
            return content.roleTitle();
        }
        var eqf = EqfLevel.of(level);
        return content.roleTitle() + " – "
                + (eqf.isPresent()
                        ? t(content, "certificate.pdf.eqfLevel", eqf.getAsInt())
                        : t(content, "certificate.pdf.level", level));
    }

    private String framework(CertificateContent content) {
        return content.frameworkTitle() + ", " + t(content, "certificate.pdf.version", content.frameworkVersion());
    }

    private String t(CertificateContent content, String key, Object... arguments) {
        return messages.getMessage(key, arguments, content.language().locale());
    }

    /**
     * The start of the day in the issuer's zone. The content holds days, not instants; the signed credential is valid
     * from and until the time of day it was issued, so a validity ending at the start of its last day never claims
     * more than the signed credential does.
     */
    private static String startOf(LocalDate day, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(zone));
    }
}
