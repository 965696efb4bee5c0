package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.LoginThrottle;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.account.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Signing in and out over real HTTP, with sessions stored in the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// a small pool: parallel logins must not wait for each other's connections (they once held two at a time)
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesANewSessionIdAtLoginAndEndsTheSessionAtLogout() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Sofia");
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = browser.session().orElseThrow();

        HttpResponse<String> login = browser.login(account.email(), TestAccounts.PASSWORD);

        assertThat(Browser.location(login)).isEqualTo("/account");
        String after = browser.session().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        Browser stolen = new Browser(port);
        stolen.get("/");
        HttpResponse<String> logout = browser.submit("/account", "/logout", Map.of());
        assertThat(Browser.location(logout)).isEqualTo("/login");
        assertThat(sessionsOf(account)).isZero();
        assertThat(Browser.location(browser.get("/account"))).isEqualTo("/login");
    }

    @Test
    void answersTheSameWhateverIsWrong() throws Exception {
        Account active = TestAccounts.active(accounts, passwords, "Active");
        Account disabled = TestAccounts.active(accounts, passwords, "Disabled");
        accounts.setEnabled(disabled.id(), false, active);

        List<String> answers = new ArrayList<>();
        for (String[] attempt : new String[][] {
            {active.email(), "wrong password here"},
            {"nobody-" + active.id() + "@example.org", TestAccounts.PASSWORD},
            {disabled.email(), TestAccounts.PASSWORD}
        }) {
            Browser browser = new Browser(port);
            HttpResponse<String> response = browser.login(attempt[0], attempt[1]);
            answers.add(response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }

        assertThat(answers).hasSize(3).allMatch(answers.getFirst()::equals);
        assertThat(answers.getFirst()).endsWith("/login?error");
    }

    @Test
    void endsEverySessionOfADisabledAccount() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account account = TestAccounts.active(accounts, passwords, "Georgi");
        Browser laptop = new Browser(port);
        Browser phone = new Browser(port);
        laptop.login(account.email(), TestAccounts.PASSWORD);
        phone.login(account.email(), TestAccounts.PASSWORD);
        assertThat(sessionsOf(account)).isEqualTo(2);

        accounts.setEnabled(account.id(), false, admin);

        assertThat(sessionsOf(account)).isZero();
        assertThat(Browser.location(laptop.get("/account"))).isEqualTo("/login");
        assertThat(Browser.location(phone.get("/account"))).isEqualTo("/login");
    }

    @Test
    void endsTheOtherSessionsWhenThePasswordChanges() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Maria");
        Browser here = new Browser(port);
        Browser elsewhere = new Browser(port);
        here.login(account.email(), TestAccounts.PASSWORD);
        elsewhere.login(account.email(), TestAccounts.PASSWORD);

        HttpResponse<String> changed = here.submit(
                "/account",
                "/account/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "ένα νέο μακρύ συνθηματικό"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(Browser.location(elsewhere.get("/account"))).isEqualTo("/login");
        assertThat(Browser.location(new Browser(port).login(account.email(), "ένα νέο μακρύ συνθηματικό")))
                .isEqualTo("/account");
    }

    @Test
    void countsEveryOneOfManyParallelWrongAttempts() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Target");
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                tries.add(() -> new Browser(port)
                        .login(account.email(), "wrong guess " + Instant.now())
                        .statusCode());
            }
            for (Future<Integer> result : pool.invokeAll(tries)) {
                assertThat(result.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(throttle.attempts(account.email())).isEqualTo(attempts);
        assertThat(Browser.location(new Browser(port).login(account.email(), TestAccounts.PASSWORD)))
                .as("the right password is refused too while the account is throttled")
                .isEqualTo("/login");
    }

    @Test
    void endsTheSessionsOfSomeoneMadeAnAssessorWithoutASecondFactorAndMakesThemEnrolOne() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation body = organisations.create(
                admin, "Certification body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Account learner = TestAccounts.active(accounts, passwords, "Learner");
        Browser browser = new Browser(port);
        assertThat(Browser.location(browser.login(learner.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/account");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        organisations.grant(admin, body.id(), learner.id(), Role.ASSESSOR);

        assertThat(Browser.location(browser.get("/organisations/" + body.id() + "/exams")))
                .as("the sign-in that never asked for a second factor has ended")
                .endsWith("/login");
        assertThat(Browser.location(browser.login(learner.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/account/second-factor");
        assertThat(browser.get("/organisations/" + body.id() + "/exams").statusCode())
                .as("the new role is not used without a second factor")
                .isEqualTo(403);
        assertThat(browser.get("/account").statusCode()).isEqualTo(403);
    }

    @Test
    void makesAnAssessorEnrolASecondFactorAndThenAsksForItsCode() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation body =
                organisations.create(admin, "Certification body " + admin.id(), OrganisationKind.CERTIFICATION_BODY);
        Account assessor = TestAccounts.active(accounts, passwords, "Assessor");
        organisations.grant(admin, body.id(), assessor.id(), Role.ASSESSOR);

        Browser browser = new Browser(port);
        assertThat(Browser.location(browser.login(assessor.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/account/second-factor");
        assertThat(browser.get("/account").statusCode())
                .as("nothing else until enrolled")
                .isEqualTo(403);
        browser.submit("/account/second-factor", "/account/second-factor/start", Map.of());
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(assessor.id())
                .query(String.class)
                .single();
        HttpResponse<String> confirmed = browser.submit(
                "/account/second-factor",
                "/account/second-factor/confirm",
                Map.of("code", TotpCodes.now(secret, Instant.now(), -1)));
        assertThat(Browser.location(confirmed)).isEqualTo("/account");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        Browser next = new Browser(port);
        assertThat(Browser.location(next.login(assessor.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/login/second-factor");
        assertThat(next.get("/account").statusCode()).isEqualTo(403);
        HttpResponse<String> wrong =
                next.submit("/login/second-factor", "/login/second-factor", Map.of("code", "000000"));
        assertThat(wrong.body()).contains("The code is wrong");
        HttpResponse<String> right = next.submit(
                "/login/second-factor",
                "/login/second-factor",
                Map.of("code", TotpCodes.now(secret, Instant.now(), 0)));
        assertThat(Browser.location(right)).isEqualTo("/account");
        assertThat(next.get("/account").statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = new Browser(port).login(assessor.email(), TestAccounts.PASSWORD);
        assertThat(Browser.location(replayed)).isEqualTo("/login/second-factor");
    }

    @Test
    void endsThePartialSignInAfterFiveWrongCodesAndThenRefusesEvenTheRightOne() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Guesser target");
        String secret = enrolled(account);
        Browser attacker = new Browser(port);
        assertThat(Browser.location(attacker.login(account.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/login/second-factor");

        for (int i = 0; i < 5; i++) {
            attacker.submit("/login/second-factor", "/login/second-factor", Map.of("code", "00000" + i));
        }
        HttpResponse<String> sixth =
                attacker.submit("/login/second-factor", "/login/second-factor", Map.of("code", "123456"));

        assertThat(Browser.location(sixth)).isEqualTo("/login");
        assertThat(accounts.verifySecondFactor(account.id(), TotpCodes.now(secret, Instant.now(), 0)))
                .as("the right code is refused while the account's codes are throttled")
                .isFalse();
    }

    @Test
    void keepsAnEnrolledSecondFactorFromBeingReplacedWithoutACode() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Keeper");
        String secret = enrolled(account);
        Browser browser = new Browser(port);
        browser.login(account.email(), TestAccounts.PASSWORD);
        browser.submit(
                "/login/second-factor",
                "/login/second-factor",
                Map.of("code", TotpCodes.now(secret, Instant.now(), 0)));

        HttpResponse<String> restart =
                browser.submit("/account/second-factor", "/account/second-factor/start", Map.of());

        assertThat(restart.body()).contains("The second factor is on: turn it off with a code");
        assertThat(accounts.find(account.id()).orElseThrow().totpEnabled()).isTrue();
    }

    /** Turns on the account's second factor, as its owner would, and gives the secret. */
    private String enrolled(Account account) {
        accounts.startSecondFactor(account.id());
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(account.id())
                .query(String.class)
                .single();
        assertThat(accounts.confirmSecondFactor(account.id(), TotpCodes.now(secret, Instant.now(), -1)))
                .isTrue();
        return secret;
    }

    private int sessionsOf(Account account) {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
                .param(account.email())
                .query(Integer.class)
                .single();
    }
}
