package org.skills4cities.toolkit.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.skills4cities.toolkit.Chromium;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.account.TotpCodes;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.certification.CertifiedPeople;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The must-show of certificates, in Debian's Chromium: a certificate issued at the end of a validation case; its
 * holder finds it under "My certificates" and lists it in the registry; an assessor of the body suspends, reinstates
 * and revokes it from its page, each with a reason; and a stranger's verification page, in Greek, tells the truth at
 * each step. The registry finds the holder by a name typed in capitals without accents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateBrowserTests {

    @LocalServerPort
    int port;

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
    JdbcClient jdbc;

    @Test
    void aCertificateIsIssuedListedSuspendedReinstatedAndRevokedAndTheVerificationPageFollows() {
        CertifiedPeople people =
                CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        Account holder = accounts.find(
                        people.certify("Σοφία Ραφαηλίδου").validationCase().candidate())
                .orElseThrow();
        Certificate c = certificates.ofHolder(holder).getFirst();
        String secret = secondFactorOf(people.assessor());

        WebDriver mine = Chromium.start("--lang=el");
        WebDriver theirs = Chromium.start("--lang=en-GB");
        WebDriver stranger = Chromium.start("--lang=el");
        try {
            logIn(mine, holder.email(), null, "el");
            mine.findElement(By.id("nav-certificates")).click();
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("certificates")));
            Chromium.screenshot(mine, "certificate-01-my-certificates");
            mine.findElement(By.cssSelector("#certificates tr[data-id='" + c.id() + "'] a"))
                    .click();
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("certificate-id")));
            assertThat(mine.findElement(By.id("holder")).getText()).isEqualTo("Σοφία Ραφαηλίδου");
            click(mine, By.id("listing"));
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            Chromium.screenshot(mine, "certificate-02-listed");

            String verify = "http://127.0.0.1:" + port + "/verify/" + c.id() + "?lang=el";
            assertThat(status(stranger, verify)).isEqualTo("valid");
            Chromium.screenshot(stranger, "certificate-03-verified-valid");

            logIn(theirs, people.assessor().email(), secret, "en");
            theirs.get("http://127.0.0.1:" + port + "/certificates/" + c.id());
            theirs.findElement(By.id("suspend-reason")).sendKeys("Complaint about the portfolio under review");
            click(theirs, By.id("suspend"));
            wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("reinstate")));
            Chromium.screenshot(theirs, "certificate-04-suspended");
            assertThat(status(stranger, verify)).isEqualTo("suspended");
            Chromium.screenshot(stranger, "certificate-05-verified-suspended");

            theirs.findElement(By.id("reinstate-reason")).sendKeys("Complaint rejected");
            click(theirs, By.id("reinstate"));
            wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("suspend")));
            assertThat(status(stranger, verify)).isEqualTo("valid");

            theirs.findElement(By.id("revoke-reason")).sendKeys("Evidence found to be forged");
            click(theirs, By.id("revoke"));
            wait(
                    theirs,
                    d -> d.findElement(By.id("status"))
                            .getDomAttribute("data-status")
                            .equals("revoked"));
            assertThat(theirs.findElements(By.id("revoke"))).isEmpty();
            Chromium.screenshot(theirs, "certificate-06-revoked");
            assertThat(status(stranger, verify)).isEqualTo("revoked");
            Chromium.screenshot(stranger, "certificate-07-verified-revoked");

            stranger.get("http://127.0.0.1:" + port + "/registry/people?lang=el");
            stranger.findElement(By.id("registry-q")).sendKeys("ΣΟΦΙΑ ΡΑΦΑΗΛΙΔΟΥ");
            stranger.findElement(By.id("registry-search")).click();
            wait(stranger, ExpectedConditions.presenceOfElementLocated(By.id("people")));
            assertThat(stranger.findElement(By.cssSelector("#people tr[data-id='" + c.id() + "'] th"))
                            .getText())
                    .isEqualTo("Σοφία Ραφαηλίδου");
            Chromium.screenshot(stranger, "certificate-08-registry");
        } finally {
            mine.quit();
            theirs.quit();
            stranger.quit();
        }
    }

    private static String status(WebDriver browser, String url) {
        browser.get(url);
        return wait(browser, ExpectedConditions.presenceOfElementLocated(By.id("status")))
                .getDomAttribute("data-status");
    }

    private String secondFactorOf(Account assessor) {
        accounts.startSecondFactor(assessor.id());
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(assessor.id())
                .query(String.class)
                .single();
        assertThat(accounts.confirmSecondFactor(assessor.id(), TotpCodes.now(secret, Instant.now(), -1)))
                .isTrue();
        return secret;
    }

    private void logIn(WebDriver browser, String email, String secret, String lang) {
        browser.get("http://127.0.0.1:" + port + "/login?lang=" + lang);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        if (secret != null) {
            wait(browser, ExpectedConditions.urlContains("/login/second-factor"));
            browser.findElement(By.id("code")).sendKeys(TotpCodes.now(secret, Instant.now(), 0));
            browser.findElement(By.cssSelector("form[action='/login/second-factor'] button[type=submit]"))
                    .click();
        }
        wait(browser, d -> !d.getCurrentUrl().contains("/login"));
    }

    private static void click(WebDriver browser, By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static <T> T wait(WebDriver browser, Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
