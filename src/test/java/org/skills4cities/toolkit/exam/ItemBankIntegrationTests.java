package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.exam.BankFixtures.Body;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A certification body's own item bank: imported whole or not at all, drawn from, exported; hidden from others. */
@SpringBootTest
class ItemBankIntegrationTests {

    @Autowired
    ItemBank bank;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeBanks() {
        BankFixtures.removeBanks(jdbc);
    }

    @Test
    void readsTheReferenceBankAtStartAndDrawsFromItUntilABodyHasItsOwn() {
        Body body = Body.create(accounts, passwords, organisations);

        assertThat(bank.reference()).hasSize(88);
        assertThat(BankCounts.questions(bank.reference())).isEqualTo(104);
        assertThat(bank.of(body.id())).isEqualTo(bank.reference());
        assertThat(bank.own(body.assessor(), body.id())).isEmpty();
    }

    @Test
    void dryRunSaysWhatWouldChangeAndChangesNothing() {
        Body body = Body.create(accounts, passwords, organisations);
        bank.apply(body.assessor(), body.id(), BankFixtures.testBank());

        BankImport dryRun = bank.dryRun(body.editor(), body.id(), BankFixtures.editedBank());

        assertThat(dryRun.accepted()).isTrue();
        assertThat(dryRun.applied()).isFalse();
        assertThat(dryRun.changes().added()).containsExactly("D.10-9");
        assertThat(dryRun.changes().changed()).containsExactly("A.1-1");
        assertThat(dryRun.changes().removed()).containsExactly("D.10-1");
        assertThat(dryRun.changes().unchanged()).isEqualTo(54);
        assertThat(bank.of(body.id()))
                .extracting(ExamItem::code)
                .contains("D.10-1")
                .doesNotContain("D.10-9");
    }

    @Test
    void importReplacesTheBankWholeAndIsWhatExamsDrawFromAndWhatIsExported() {
        Body body = Body.create(accounts, passwords, organisations);
        bank.apply(body.assessor(), body.id(), BankFixtures.testBank());

        BankImport applied = bank.apply(body.editor(), body.id(), BankFixtures.editedBank());

        assertThat(applied.applied()).isTrue();
        List<ExamItem> own = bank.of(body.id());
        assertThat(own).extracting(ExamItem::code).contains("D.10-9").doesNotContain("D.10-1");
        assertThat(own.getFirst().stem().english()).isEqualTo("Which stakeholder signs the data-sharing agreement?");
        byte[] exported = bank.export(body.assessor(), body.id());
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("Which stakeholder signs");
        assertThat(bank.dryRun(body.assessor(), body.id(), exported).changes().none())
                .isTrue();
        assertThat(bank.export(body.editor(), body.id()))
                .as("same bank, same bytes")
                .isEqualTo(exported);
        for (Blueprint blueprint : blueprints.all()) {
            assertThat(ExamForms.draw(blueprint, own, new SplittableRandom(3)).questions())
                    .hasSize(36);
        }
        assertThat(audit.latest(20, body.id()))
                .extracting(AuditEvent::action)
                .contains("exambank.imported", "exambank.exported");
    }

    @Test
    void refusesAFileWithAnyProblemWholeAndKeepsTheBankAsItWas() {
        Body body = Body.create(accounts, passwords, organisations);
        bank.apply(body.assessor(), body.id(), BankFixtures.testBank());
        byte[] broken = new String(BankFixtures.editedBank(), StandardCharsets.UTF_8)
                .replace("\"level\": 3,", "\"level\": 9,")
                .getBytes(StandardCharsets.UTF_8);

        BankImport refused = bank.apply(body.assessor(), body.id(), broken);

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems())
                .extracting(BankProblem::messageKey)
                .containsOnly("import.problem.levelNotOnScale");
        assertThat(bank.of(body.id()))
                .extracting(ExamItem::code)
                .contains("D.10-1")
                .doesNotContain("D.10-9");
    }

    @Test
    void refusesABankTooSmallForTheBlueprintsNamingRoleAreaAndCounts() {
        Body body = Body.create(accounts, passwords, organisations);
        String onlyAreaA = """
                {"format": "skills4cities-item-bank/1", "framework": "skills4cities", "items": [
                  {"code": "A.1-1", "competence": "A.1", "level": 2, "kind": "single-choice", "points": 1,
                   "stem": {"en": "Who owns the city data platform?"},
                   "options": [{"id": "a", "text": {"en": "The city"}, "correct": true},
                               {"id": "b", "text": {"en": "The vendor"}, "correct": false},
                               {"id": "c", "text": {"en": "The citizens"}, "correct": false},
                               {"id": "d", "text": {"en": "Nobody"}, "correct": false}],
                   "explanation": {"en": "The contract says so."}}]}
                """;

        BankImport refused = bank.dryRun(body.assessor(), body.id(), onlyAreaA.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems())
                .filteredOn(p -> p.messageKey().equals("exambank.problem.notEnoughQuestions"))
                .first()
                .extracting(BankProblem::arguments)
                .isEqualTo(List.of("SCPM", "A", 2, 4, 5, 1));
    }

    @Test
    void theBankDoesNotExistForAnyoneButTheBodysAssessorsAndContentEditors() {
        Body body = Body.create(accounts, passwords, organisations);
        bank.apply(body.assessor(), body.id(), BankFixtures.testBank());

        assertThatThrownBy(() -> bank.own(body.stranger(), body.id())).isInstanceOf(BankNotFound.class);
        assertThatThrownBy(() -> bank.export(body.stranger(), body.id())).isInstanceOf(BankNotFound.class);
        assertThatThrownBy(() -> bank.apply(body.stranger(), body.id(), BankFixtures.editedBank()))
                .isInstanceOf(BankNotFound.class);
        assertThat(bank.own(body.editor(), body.id())).isPresent();
    }
}
