package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.mail.Mails;
import org.skills4cities.toolkit.mail.Outbox;
import org.skills4cities.toolkit.mail.OutboxMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Tokens, own data and registration through the API and forms, as a client or a person meets them. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Outbox outbox;

    @Test
    void makesATokenFromEmailAndPasswordThatOpensTheApiUntilRevoked() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Client");
        var created = mvc.post()
                .uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + account.email().toUpperCase() + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"name\":\"скрипт\"}")
                .exchange();
        assertThat(created).hasStatus(201);
        String token = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(token).startsWith("s4c_").hasSize(47);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.account.email")
                .isEqualTo(account.email());
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .bodyJson()
                .extractingPath("$[0].name")
                .isEqualTo("скрипт");

        assertThat(mvc.delete().uri("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatus(401)
                .hasHeader("WWW-Authenticate", "Bearer realm=\"skills4cities\"");
    }

    @Test
    void refusesATokenForAWrongPasswordInTheCallersLanguageWithoutSayingWhy() throws Exception {
        assertThat(mvc.post()
                        .uri("/api/v1/tokens?lang=el")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nobody@example.org\",\"password\":\"whatever it is\"}"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Η σύνδεση απέτυχε");
    }

    @Test
    void givesAPersonAllTheirDataAndNoSecret() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Данни");
        String token = tokenOf(account);

        var data = assertThat(mvc.get().uri("/api/v1/me/data").header("Authorization", "Bearer " + token))
                .hasStatusOk();
        data.bodyJson().extractingPath("$.account.displayName").isEqualTo("Данни");
        data.bodyJson().extractingPath("$.tokens[0].name").isEqualTo("test");
        data.bodyText().doesNotContain(token).doesNotContain("argon2").doesNotContain("totp_secret");
    }

    @Test
    void answersRegistrationTheSameWhetherOrNotTheEmailHasAnAccount() throws Exception {
        Account existing = TestAccounts.active(accounts, passwords, "Existing");
        String fresh = "fresh-" + existing.id() + "@example.org";

        String first = register(existing.email());
        String second = register(fresh);

        assertThat(first).isEqualTo(second);
        Mails.awaitTo(outbox, existing.email(), "/login");
        Mails.awaitTo(outbox, fresh, "/confirm-email/");
        List<OutboxMessage> mails = outbox.messages(20);
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(existing.email());
            assertThat(m.body()).contains("/login").doesNotContain("/confirm-email/");
        });
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(fresh);
            assertThat(m.body()).contains("/confirm-email/");
        });
    }

    @Test
    void letsTheOwnerOfAnEmailTakeItBackFromAnUnconfirmedRegistration() throws Exception {
        String email = "claimed-" + java.util.UUID.randomUUID() + "@example.org";
        register(email);
        String squattersLink = tokenIn(email, "/confirm-email/", 1);

        register(email);
        String ownersLink = tokenIn(email, "/confirm-email/", 2);

        assertThat(ownersLink).isNotEqualTo(squattersLink);
        assertThat(accounts.verifyLinkValid(squattersLink))
                .as("the earlier registration's link")
                .isFalse();
        assertThat(accounts.verifyEmail(ownersLink)).isPresent();
    }

    @Test
    void revokesTokensAndOtherResetLinksWhenAPasswordIsReset() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Reset");
        String token = tokenOf(account);
        accounts.requestPasswordReset(account.email());
        String older = tokenIn(account.email(), "/password/reset/", 1);
        accounts.requestPasswordReset(account.email());
        String newer = tokenIn(account.email(), "/password/reset/", 2);

        assertThat(accounts.resetPassword(newer, "une toute nouvelle phrase")).isTrue();

        assertThat(accounts.resetLinkValid(older)).isFalse();
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatus(401);
    }

    /** The token of the link in the {@code count}-th mail to the address with that path. */
    private String tokenIn(String email, String path, int count) {
        return Mails.awaitTo(outbox, email, path, count)
                .body()
                .replaceAll("(?s).*" + path + "([A-Za-z0-9_-]+).*", "$1");
    }

    private String register(String email) throws Exception {
        var answer = mvc.post()
                .uri("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Someone")
                .param("password", "a long enough passphrase")
                .exchange();
        assertThat(answer).hasStatusOk();
        return answer.getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private String tokenOf(Account account) throws Exception {
        return JsonPath.read(
                mvc.post()
                        .uri("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + account.email() + "\",\"password\":\"" + TestAccounts.PASSWORD
                                + "\",\"name\":\"test\"}")
                        .exchange()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
    }
}
