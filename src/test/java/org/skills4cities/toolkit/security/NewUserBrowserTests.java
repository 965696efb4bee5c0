package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.skills4cities.toolkit.Chromium;
import org.skills4cities.toolkit.mail.Mails;
import org.skills4cities.toolkit.mail.Outbox;
import org.skills4cities.toolkit.mail.OutboxMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new person in Debian's Chromium: registers, confirms the email through the link in the mail, logs in, makes an
 * access token for the API, logs out, and revokes the token. Runs where chromium and chromedriver are installed; with
 * {@code S4C_REQUIRE_BROWSER=true} (as in CI) their absence fails the build instead of skipping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewUserBrowserTests {

    private static final String PASSPHRASE = "зелени ябълки над стария мост";
    private static final Pattern VERIFY_LINK = Pattern.compile("(https?://[^/\\s]+)(/confirm-email/[A-Za-z0-9_-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static WebDriver browser;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Value("${toolkit.base-url}")
    String baseUrl;

    @Autowired
    Outbox outbox;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("--lang=en-GB");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetEarlierSessions() {
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void registersConfirmsTheEmailThroughTheMailedLinkAndLogsIn() {
        String email = uniqueEmail();

        register(email, "Мария Иванова");
        String link = verificationLink(email);
        assertThat(link).as("the link points at the configured base URL").startsWith(baseUrl + "/confirm-email/");

        browser.get(url(pathOf(link)));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("opening the link alone confirms nothing")
                .isEqualTo("Confirm your email address");
        browser.findElement(By.cssSelector("main form button")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Account confirmed"));

        browser.get(url(pathOf(link)));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("a used link does not work twice")
                .isEqualTo("This link does not work");

        logIn(email);
        assertThat(path()).isEqualTo("/account");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
        assertThat(browser.findElement(By.cssSelector("#main strong")).getText())
                .isEqualTo(email);
        assertThat(browser.findElement(By.cssSelector(".session a[href='/account']"))
                        .getText())
                .isEqualTo("Мария Иванова");
    }

    @Test
    void cannotLogInBeforeTheEmailIsConfirmed() {
        String email = uniqueEmail();
        register(email, "Γιώργος Παπαδόπουλος");

        logIn(email);

        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector(".form-error[role=alert]"))
                        .getText())
                .startsWith("Email or password is wrong");
    }

    @Test
    void usesAnAccessTokenThatOutlivesTheSessionUntilItIsRevoked() throws Exception {
        String email = uniqueEmail();
        register(email, "Γιώργος Παπαδόπουλος");
        browser.get(url(pathOf(verificationLink(email))));
        browser.findElement(By.cssSelector("main form button")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Account confirmed"));
        logIn(email);
        assertThat(path()).isEqualTo("/account");

        browser.findElement(By.id("tokenName")).sendKeys("cli");
        browser.findElement(By.cssSelector("form[action='/account/tokens'] button[type=submit]"))
                .click();
        String token = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")))
                .getText()
                .strip();
        assertThat(token).startsWith("s4c_").hasSize("s4c_".length() + 43);
        waitFor().until(driver -> tokenRow("cli").getText().contains("Revoke"));

        HttpResponse<String> me = me(token);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode account = JSON.readTree(me.body()).get("account");
        assertThat(account.get("email").asString()).isEqualTo(email);
        assertThat(account.get("displayName").asString()).isEqualTo("Γιώργος Παπαδόπουλος");

        String session = browser.manage().getCookieNamed("s4c-session").getValue();
        browser.findElement(By.cssSelector(".session form[action='/logout'] button"))
                .click();
        waitFor().until(ExpectedConditions.urlContains("/login?loggedOut"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("You have logged out.");
        assertThat(browser.findElements(By.cssSelector(".session form[action='/logout']")))
                .isEmpty();

        browser.get(url("/account"));
        assertThat(path()).isEqualTo("/login");
        HttpResponse<String> withOldSession =
                send(HttpRequest.newBuilder(URI.create(url("/account"))).header("Cookie", "s4c-session=" + session));
        assertThat(withOldSession.statusCode())
                .as("the session ended on the server, not just in the browser")
                .isEqualTo(302);
        assertThat(withOldSession.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));

        assertThat(me(token).statusCode()).as("a token is not a session").isEqualTo(200);

        browser.get(url("/login"));
        logIn(email);
        assertThat(path()).isEqualTo("/account");
        assertThat(browser.findElements(By.id("new-token")))
                .as("a token is shown once")
                .isEmpty();
        tokenRow("cli").findElement(By.tagName("button")).click();
        waitFor().until(driver -> tokenRow("cli").getText().contains("revoked or expired"));

        HttpResponse<String> revoked = me(token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(revoked.body()).doesNotContain(email);
    }

    private void register(String email, String name) {
        browser.get(url("/register"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Create an account");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSPHRASE);
        browser.findElement(By.cssSelector("form[action='/register'] button[type=submit]"))
                .click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your email"));
    }

    private void logIn(String email) {
        if (!"/login".equals(path())) {
            browser.get(url("/login"));
        }
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSPHRASE);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        waitFor()
                .until(driver ->
                        !"/login".equals(path()) || driver.getCurrentUrl().contains("error"));
    }

    /** The link of the confirmation mail sent to the address (the newest one). */
    private String verificationLink(String email) {
        OutboxMessage mail = Mails.awaitTo(outbox, email, "/confirm-email/");
        assertThat(mail.subject()).isEqualTo("Confirm your Skills4Cities account");
        Matcher link = VERIFY_LINK.matcher(mail.body());
        assertThat(link.find()).as("a confirmation link in: %s", mail.body()).isTrue();
        return link.group();
    }

    /**
     * The path of a mailed link. The base URL of the links is {@code http://localhost:${server.port:8080}}, which
     * in a test on a random port names port 0, so the link is opened on the port the server really listens on.
     */
    private static String pathOf(String link) {
        return URI.create(link).getRawPath();
    }

    private WebElement tokenRow(String name) {
        return browser.findElement(
                By.xpath("//table[contains(@class,'tokens')]//tr[td[1][normalize-space()='" + name + "']]"));
    }

    private HttpResponse<String> me(String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String uniqueEmail() {
        return "new-user-" + UUID.randomUUID() + "@example.org";
    }

    /** A wait that tolerates the page being replaced while it looks. */
    private static FluentWait<WebDriver> waitFor() {
        return Chromium.waitFor(browser);
    }
}
