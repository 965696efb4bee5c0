package org.skills4cities.toolkit.certification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a certificate as an unsigned Open Badges 3.0 credential on the VC 2.0 data model: the body as issuer
 * profile, the holder as achievement subject (by name, as an OB identity object too), the role as the achievement
 * aligned to each competence it requires, the validity, and its two status list entries (revocation, suspension).
 * Texts are in English, the language of the framework's identifiers; the PDF carries the holder's language.
 */
@Component
class CredentialDocuments {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final String baseUrl;

    CredentialDocuments(@Value("${toolkit.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** What the credential says, before it is signed. */
    record Subject(
            String id,
            String holderName,
            UUID bodyId,
            String bodyName,
            Framework framework,
            RoleProfile role,
            Instant validFrom,
            Instant validUntil,
            int statusIndex) {}

    ObjectNode unsigned(Subject s) {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", verifyUrl(s.id()));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = credential.putObject("issuer");
        issuer.put("id", issuerUrl(s.bodyId()));
        issuer.putArray("type").add("Profile");
        issuer.put("name", s.bodyName());
        issuer.put("url", issuerUrl(s.bodyId()));
        credential.put("validFrom", timestamp(s.validFrom()));
        credential.put("validUntil", timestamp(s.validUntil()));
        credential.put("awardedDate", timestamp(s.validFrom()));
        String roleTitle = s.role().title().english();
        credential.put("name", "Skills4Cities certificate: " + roleTitle);
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        subject.put("name", s.holderName());
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", s.holderName());
        identity.put("identityType", "name");
        identity.put("hashed", false);
        subject.set("achievement", achievement(s.framework(), s.role()));
        ArrayNode status = credential.putArray("credentialStatus");
        status.add(statusEntry("revocation", s.statusIndex()));
        status.add(statusEntry("suspension", s.statusIndex()));
        return credential;
    }

    private ObjectNode achievement(Framework framework, RoleProfile role) {
        ObjectNode achievement = JSON.createObjectNode();
        achievement.put("id", baseUrl + "/frameworks/" + framework.slug() + "/roles/" + role.code());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certificate");
        achievement.put("name", role.title().english());
        achievement.put("description", role.mission().english());
        achievement.put("version", framework.version());
        StringBuilder narrative = new StringBuilder("Validated by the certification body against the ")
                .append(framework.title().english())
                .append(" ")
                .append(framework.version())
                .append(" (portfolio of evidence, assessors' ratings against the level descriptors) and a passed")
                .append(" certification exam. Levels required:");
        ArrayNode alignment = achievement.putArray("alignment");
        role.requirements().forEach(requirement -> {
            FrameworkItem competence =
                    framework.competence(requirement.competence()).orElseThrow();
            narrative
                    .append(' ')
                    .append(competence.code())
                    .append(" level ")
                    .append(requirement.level())
                    .append(';');
            ObjectNode aligned = alignment.addObject();
            aligned.putArray("type").add("Alignment");
            aligned.put("targetName", competence.title().english());
            aligned.put("targetUrl", baseUrl + "/frameworks/" + framework.slug() + "/competences/" + competence.code());
            aligned.put("targetCode", competence.code());
            aligned.put("targetFramework", framework.title().english() + " " + framework.version());
            aligned.put("targetType", "ceasn:Competency");
        });
        narrative.setLength(narrative.length() - 1);
        achievement.putObject("criteria").put("narrative", narrative.append('.').toString());
        return achievement;
    }

    private ObjectNode statusEntry(String purpose, int index) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("id", statusListUrl(purpose) + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose);
        entry.put("statusListIndex", Integer.toString(index));
        entry.put("statusListCredential", statusListUrl(purpose));
        return entry;
    }

    String verifyUrl(String id) {
        return baseUrl + "/verify/" + id;
    }

    String issuerUrl(UUID bodyId) {
        return baseUrl + "/issuers/" + bodyId;
    }

    String statusListUrl(String purpose) {
        return baseUrl + "/credentials/status/" + purpose;
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static List<String> purposes() {
        return List.of("revocation", "suspension");
    }
}
