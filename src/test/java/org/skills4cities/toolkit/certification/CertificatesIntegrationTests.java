package org.skills4cities.toolkit.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.credential.BitstringStatusList;
import org.skills4cities.toolkit.exam.ExamTestConfiguration;
import org.skills4cities.toolkit.exam.MovableClock;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.mail.Mails;
import org.skills4cities.toolkit.mail.Outbox;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates from issuance to revocation: issued by the platform when a validated case's exam is passed, as an Open
 * Badges credential aligned to the role's competences and signed twice; its dates in the body's time zone; suspended,
 * reinstated and revoked only by the issuing body's assessors and only in order; revoked for good even after the
 * database lost the revocation; renewed on professional development; listed in the registry by its holder's choice.
 */
@SpringBootTest
@Import(ExamTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    @Autowired
    StatusLists lists;

    @Autowired
    IssuerKeys keys;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    Outbox outbox;

    CertifiedPeople people;

    @BeforeAll
    void people() {
        clock.set(Instant.now());
        people = CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
    }

    private Certificate certify(String name) {
        CaseFile file = people.certify(name);
        return certificates
                .ofHolder(accounts.find(file.validationCase().candidate()).orElseThrow())
                .getFirst();
    }

    @Test
    void issuesTheCertificateWhenAValidatedCaseHasAPassedExam() {
        Certificate c = certify("Мария Иванова");

        assertThat(c.id()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(c.holderName()).isEqualTo("Мария Иванова");
        assertThat(c.roleCode()).isEqualTo(ValidationPeople.ROLE);
        assertThat(c.bodyId()).isEqualTo(people.people().body().id());
        assertThat(c.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.listed()).isFalse();
        assertThat(c.validUntil())
                .isEqualTo(c.issuedAt().atZone(c.zone()).plus(Period.ofYears(3)).toInstant());
        List<String> required =
                catalogue.get("skills4cities").role(ValidationPeople.ROLE).orElseThrow().requirements().stream()
                        .map(r -> r.competence())
                        .toList();
        assertThat(c.competences()).extracting(Certificate.Attested::competence).containsExactlyElementsOf(required);
        assertThat(certificates.history(accounts.find(c.holderId()).orElseThrow(), c.id()))
                .extracting(CertificateEvent::kind)
                .containsExactly(CertificateEvent.Kind.ISSUED);
    }

    @Test
    void theCredentialIsAnOpenBadgeAlignedToTheCompetencesWithAProofAndAJwt() {
        Certificate c = certify("Γιώργος Παπαδόπουλος");
        JsonNode credential = JSON.readTree(c.credential());

        assertThat(credential.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.get("id").asString()).endsWith("/verify/" + c.id());
        assertThat(credential.at("/credentialSubject/name").asString()).isEqualTo("Γιώργος Παπαδόπουλος");
        assertThat(credential.at("/credentialSubject/achievement/alignment").size())
                .isEqualTo(c.competences().size());
        assertThat(credential.at("/issuer/name").asString()).isEqualTo(c.bodyName());
        assertThat(credential.at("/proof/cryptosuite").asString()).isEqualTo("eddsa-rdfc-2022");
        assertThat(credential.at("/proof/verificationMethod").asString())
                .isEqualTo(keys.did() + "#ed25519-" + c.keyGeneration());
        assertThat(credential.at("/credentialStatus/0/statusListIndex").asString())
                .isEqualTo(Integer.toString(c.statusIndex()));
        String[] jwt = c.credentialJwt().split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header.get("alg").asString()).isEqualTo("ES256");
        assertThat(header.get("kid").asString()).isEqualTo(keys.did() + "#p256-" + c.keyGeneration());
        assertThat(keys.resolve(header.get("kid").asString())).isPresent();
    }

    @Test
    void writesTheDatesInTheBodysTimeZone() {
        certificates.setZone(people.assessor(), people.people().body().id(), ZoneId.of("Europe/Sofia"));
        // 01:30 in Sofia on 11 March 2027 is 23:30 UTC on 10 March
        clock.set(Instant.parse("2027-03-10T23:30:00Z"));
        try {
            Certificate c = certify("Елена Петрова");
            assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Sofia"));
            assertThat(c.issuedAt().atZone(c.zone()).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 11));
            assertThat(c.validUntil().atZone(c.zone()).toLocalDate()).isEqualTo(LocalDate.of(2030, 3, 11));
        } finally {
            clock.set(Instant.now());
        }
    }

    @Test
    void suspendsReinstatesAndRevokesOnlyInOrderAndOnlyByTheBodysAssessors() {
        Certificate c = certify("Ana Popescu");
        var assessor = people.assessor();

        assertThatThrownBy(() -> certificates.suspend(people.otherAssessor(), c.id(), "Complaint"))
                .isInstanceOf(CertificateNotFound.class);
        var holder = accounts.find(c.holderId()).orElseThrow();
        assertThatThrownBy(() -> certificates.revoke(holder, c.id(), "Mine")).isInstanceOf(CertificateNotFound.class);
        assertThatThrownBy(() -> certificates.reinstate(assessor, c.id(), "Why not"))
                .isInstanceOfSatisfying(
                        CertificateRefused.class, e -> assertThat(e.reason()).isEqualTo("notSuspended"));
        assertThatThrownBy(() -> certificates.suspend(assessor, c.id(), "  "))
                .isInstanceOfSatisfying(CertificateRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.reason()).isEqualTo("required");
                });

        assertThat(certificates
                        .suspend(assessor, c.id(), "Complaint under review")
                        .status())
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(lists.bits("suspension").get(c.statusIndex())).isTrue();
        assertThat(certificates
                        .reinstate(assessor, c.id(), "Complaint rejected")
                        .status())
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(lists.bits("suspension").get(c.statusIndex())).isFalse();
        Certificate revoked = certificates.revoke(assessor, c.id(), "Forged evidence");
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.statusReason()).isEqualTo("Forged evidence");
        assertThatThrownBy(() -> certificates.reinstate(assessor, c.id(), "Oops"))
                .isInstanceOfSatisfying(
                        CertificateRefused.class, e -> assertThat(e.reason()).isEqualTo("notSuspended"));
        assertThatThrownBy(() -> certificates.revoke(assessor, c.id(), "Again"))
                .isInstanceOfSatisfying(
                        CertificateRefused.class, e -> assertThat(e.reason()).isEqualTo("alreadyRevoked"));

        JsonNode list = lists.credential("revocation");
        assertThat(list.at("/credentialSubject/statusPurpose").asString()).isEqualTo("revocation");
        assertThat(BitstringStatusList.decode(
                                list.at("/credentialSubject/encodedList").asString())
                        .get(c.statusIndex()))
                .isTrue();
        var holderAccount = accounts.find(c.holderId()).orElseThrow();
        assertThat(Mails.awaitTo(outbox, holderAccount.email(), "/verify/" + c.id())
                        .body())
                .contains("/certificates/" + c.id());
        assertThat(Mails.awaitTo(outbox, holderAccount.email(), "Forged evidence")
                        .body())
                .contains("Forged evidence");
        assertThat(certificates.history(assessor, c.id()))
                .extracting(CertificateEvent::kind)
                .containsExactly(
                        CertificateEvent.Kind.ISSUED,
                        CertificateEvent.Kind.SUSPENDED,
                        CertificateEvent.Kind.REINSTATED,
                        CertificateEvent.Kind.REVOKED);
    }

    @Test
    void aRevocationSurvivesARestoreOfTheDatabaseFromBeforeIt() {
        Certificate c = certify("Hans Müller");
        certificates.revoke(people.assessor(), c.id(), "Certificate obtained by fraud");
        // the database as a backup taken before the revocation has it
        jdbc.sql("UPDATE certificate SET status = 'ACTIVE', status_reason = NULL WHERE id = ?")
                .param(c.id())
                .update();
        jdbc.sql("DELETE FROM certificate_event WHERE certificate_id = ? AND kind = 'REVOKED'")
                .param(c.id())
                .update();

        assertThat(lists.bits("revocation").get(c.statusIndex()))
                .as("the status list counts the journal before the restart")
                .isTrue();
        assertThat(certificates.restoreRevocations()).isGreaterThanOrEqualTo(1);
        Certificate again = certificates.find(c.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(again.statusReason()).isEqualTo("Certificate obtained by fraud");
    }

    @Test
    void renewsOnEnoughHoursOfProfessionalDevelopmentNearTheEnd() {
        Certificate c = certify("José García");
        var assessor = people.assessor();

        assertThatThrownBy(() -> certificates.renew(assessor, c.id(), 60, "Courses"))
                .isInstanceOfSatisfying(
                        CertificateRefused.class, e -> assertThat(e.reason()).isEqualTo("tooEarly"));
        clock.set(c.validUntil().minus(Duration.ofDays(30)));
        try {
            assertThatThrownBy(() -> certificates.renew(assessor, c.id(), 12, "One seminar"))
                    .isInstanceOfSatisfying(
                            CertificateRefused.class,
                            e -> assertThat(e.reason()).isEqualTo("tooFewHours"));
            Certificate renewed = certificates.renew(assessor, c.id(), 48, "Smart city course; two conferences");
            assertThat(renewed.id()).isEqualTo(c.id());
            assertThat(renewed.validUntil())
                    .isEqualTo(c.validUntil().atZone(c.zone()).plusYears(3).toInstant());
            assertThat(JSON.readTree(renewed.credential()).get("validUntil").asString())
                    .isEqualTo(CredentialDocuments.timestamp(renewed.validUntil()));
            assertThat(certificates.history(assessor, c.id()).getLast().cpdHours())
                    .isEqualTo(48);
        } finally {
            clock.set(Instant.now());
        }
    }

    @Test
    void theRegistryFindsListedHoldersByNameInAnyCaseWithoutAccentsOrByIdentifier() {
        Certificate listed = certify("Δήμητρα Κωνσταντινίδου");
        Certificate unlisted = certify("Δήμητρα Κωνσταντινίδη");
        var holder = accounts.find(listed.holderId()).orElseThrow();
        certificates.list(holder, listed.id(), true);

        assertThat(certificates.registry("ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ"))
                .extracting(Certificate::id)
                .containsExactly(listed.id());
        assertThat(certificates.registry("δημητρα κωνσταντινιδ"))
                .extracting(Certificate::id)
                .containsExactly(listed.id());
        assertThat(certificates.registry(listed.id().toLowerCase(java.util.Locale.ROOT)))
                .extracting(Certificate::id)
                .containsExactly(listed.id());
        assertThat(certificates.registry(unlisted.id())).isEmpty();
        assertThat(certificates.registry("%")).isEmpty();
        var other = accounts.find(unlisted.holderId()).orElseThrow();
        assertThatThrownBy(() -> certificates.list(other, listed.id(), false)).isInstanceOf(CertificateNotFound.class);
    }

    @Test
    void aRotationKeepsTheOldKeysPublished() {
        Certificate before = certify("Ivan Georgiev");
        int generation = keys.rotate(people.people().admin());
        Certificate after = certify("Petar Georgiev");

        assertThat(after.keyGeneration()).isEqualTo(generation).isGreaterThan(before.keyGeneration());
        assertThat(keys.resolve(keys.did() + "#ed25519-" + before.keyGeneration()))
                .isPresent();
        assertThat(keys.didDocument().get("assertionMethod").toString())
                .contains("#ed25519-" + before.keyGeneration())
                .contains("#ed25519-" + generation);
        assertThat(keys.jwks().get("keys").toString()).contains("#p256-" + before.keyGeneration());
    }
}
