package org.skills4cities.toolkit.accreditation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.skills4cities.toolkit.Chromium;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.account.TotpCodes;
import org.skills4cities.toolkit.accreditation.AccreditationPeople;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.OfferForm;
import org.skills4cities.toolkit.validation.EvidenceFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The must-show of accreditation, in Debian's Chromium: a training provider's admin (with a second factor) applies
 * for the organisation, is refused submission before every criterion has a statement, writes them, uploads evidence
 * and submits; an assessor of the certification body (with a second factor) takes the application, rates every
 * criterion and accredits; the organisation appears in the public registry and its course offer carries the
 * accredited mark; the assessor withdraws the accreditation with a reason, and the registry then says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccreditationBrowserTests {

    private static final List<String> CRITERIA =
            List.of("TO-1", "TO-2", "TO-3", "TO-4", "TO-5", "TO-6", "TO-7", "TO-8");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    CourseOffers offers;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    @Test
    void aTrainingOrganisationIsAccreditedShownInTheRegistryThenWithdrawn() throws Exception {
        AccreditationPeople people =
                AccreditationPeople.create(accounts, passwords, organisations, "Akademia Polis Thessaloniki");
        String providerSecret = secondFactorOf(people.providerAdmin());
        String assessorSecret = secondFactorOf(people.assessor());
        Path manual = Files.write(files.resolve("Quality manual.pdf"), EvidenceFiles.pdf());
        offers.publish(
                people.provider().id(),
                people.providerAdmin(),
                new OfferForm(
                        "Smart city data for municipal staff",
                        LocalDate.now().plusMonths(1).toString(),
                        LocalDate.now().plusMonths(2).toString(),
                        "Thessaloniki",
                        true,
                        "el",
                        "0",
                        "EUR",
                        "https://training.example.org/smart-data",
                        List.of("C-U1")));

        WebDriver mine = Chromium.start("--lang=en-GB");
        WebDriver theirs = Chromium.start("--lang=en-GB");
        try {
            logIn(mine, people.providerAdmin().email(), providerSecret);
            mine.findElement(By.id("nav-accreditation")).click();
            new Select(mine.findElement(By.id("open-for")))
                    .selectByValue("organisation:" + people.provider().id());
            new Select(mine.findElement(By.id("open-body")))
                    .selectByVisibleText(people.body().name());
            Chromium.screenshot(mine, "accreditation-01-apply");
            mine.findElement(By.id("open-application")).click();
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("status")));
            assertThat(status(mine)).isEqualTo("Being written");

            click(mine, By.id("submit"));
            WebElement refused = wait(mine, ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
            assertThat(refused.getText())
                    .startsWith("The application cannot be submitted yet")
                    .endsWith("Without a statement: TO-1, TO-2, TO-3, TO-4, TO-5, TO-6, TO-7, TO-8.");
            Chromium.screenshot(mine, "accreditation-02-submit-refused");

            for (String code : CRITERIA) {
                WebElement statement = mine.findElement(By.id("statement-" + code));
                statement.sendKeys("How Akademia Polis meets " + code + ": see the evidence attached.");
                click(mine, By.id("save-" + code));
                wait(mine, ExpectedConditions.stalenessOf(statement));
                wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            }
            click(mine, By.cssSelector("#criterion-TO-7 details.add-evidence summary"));
            mine.findElement(By.id("file-TO-7"))
                    .sendKeys(manual.toAbsolutePath().toString());
            click(mine, By.id("upload-TO-7"));
            wait(mine, d -> d.findElement(By.id("criterion-TO-7")).getText().contains("Quality manual.pdf"));
            scrollTo(mine, "criterion-TO-7");
            Chromium.screenshot(mine, "accreditation-03-statements-and-evidence");
            click(mine, By.id("submit"));
            wait(mine, d -> status(d).equals("Submitted"));

            logIn(theirs, people.assessor().email(), assessorSecret);
            theirs.findElement(By.id("nav-accreditation")).click();
            theirs.findElement(By.linkText(people.provider().name())).click();
            click(theirs, By.id("take"));
            wait(theirs, d -> status(d).equals("Under review"));
            for (String code : CRITERIA) {
                click(theirs, By.id("rating-" + code + "-met"));
                theirs.findElement(By.id("comment-" + code)).sendKeys("Shown by the statement and evidence.");
                WebElement form = theirs.findElement(By.id("rating-form-" + code));
                click(theirs, By.id("rate-" + code));
                wait(theirs, ExpectedConditions.stalenessOf(form));
                wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("rating-" + code)));
            }
            scrollTo(theirs, "criterion-TO-7");
            Chromium.screenshot(theirs, "accreditation-04-review");
            click(theirs, By.id("decision-accredit"));
            theirs.findElement(By.id("decision-reason")).sendKeys("Every criterion is met.");
            click(theirs, By.id("decide"));
            wait(theirs, d -> status(d).equals("Accredited"));

            mine.navigate().refresh();
            assertThat(status(mine)).isEqualTo("Accredited");
            assertThat(mine.findElements(By.cssSelector("#history tbody tr")))
                    .extracting(WebElement::getText)
                    .anySatisfy(row -> assertThat(row).contains("Take for review", "Anna Assessor"))
                    .anySatisfy(row -> assertThat(row).contains("Accredit", "Every criterion is met."));
            scrollTo(mine, "history-heading");
            Chromium.screenshot(mine, "accreditation-05-history");

            mine.get("http://127.0.0.1:" + port + "/registry/training-organisations?lang=en");
            mine.findElement(By.id("registry-q")).sendKeys("AKADEMIA POLIS THESSALONIKI");
            mine.findElement(By.id("registry-search")).click();
            By entry = By.xpath("//table[@id='registry']//tr[.//a[contains(@href, '"
                    + people.provider().id() + "')]]");
            WebElement row = wait(mine, ExpectedConditions.presenceOfElementLocated(entry));
            assertThat(row.getText())
                    .contains(
                            "Akademia Polis Thessaloniki",
                            "Accredited",
                            people.body().name());
            Chromium.screenshot(mine, "accreditation-06-registry");
            mine.get("http://127.0.0.1:" + port + "/offers?lang=en");
            WebElement mark = mine.findElement(By.cssSelector("a.mark.accredited"));
            assertThat(mark.getAttribute("href"))
                    .endsWith("/registry/training-organisations/"
                            + people.provider().id());
            Chromium.screenshot(mine, "accreditation-07-offer-marked");
            mark.click();
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("standing")));
            assertThat(mine.findElement(By.id("standing")).getText()).isEqualTo("Accredited");

            theirs.findElement(By.id("nav-accreditation")).click();
            WebElement reason = theirs.findElement(By.cssSelector("#decided input[name=reason]"));
            reason.sendKeys("The qualified trainers named in the application have left.");
            click(theirs, By.cssSelector("#decided button[id^=withdraw-]"));
            wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            Chromium.screenshot(theirs, "accreditation-08-withdrawn-by-body");

            mine.navigate().refresh();
            assertThat(mine.findElement(By.id("standing")).getText()).isEqualTo("Withdrawn");
            assertThat(mine.findElement(By.id("withdrawn-reason")).getText())
                    .isEqualTo("The qualified trainers named in the application have left.");
            assertThat(mine.findElements(By.cssSelector("#registry-history tbody tr")))
                    .singleElement()
                    .satisfies(r -> assertThat(r.getText()).contains("Withdrawn"));
            Chromium.screenshot(mine, "accreditation-09-registry-withdrawn");
            mine.get("http://127.0.0.1:" + port + "/offers?lang=en");
            assertThat(mine.findElements(By.cssSelector("a.mark.accredited"))).isEmpty();

            mine.get("http://127.0.0.1:" + port + "/registry/training-organisations?lang=el&q=akademia");
            assertThat(mine.findElement(entry).getText()).contains("Ανακλήθηκε");
            Chromium.screenshot(mine, "accreditation-10-registry-greek");
        } finally {
            mine.quit();
            theirs.quit();
        }
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("status")).getText();
    }

    /** Turns on the account's second factor, as they would at their first sign-in, and gives its secret. */
    private String secondFactorOf(Account account) {
        accounts.startSecondFactor(account.id());
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(account.id())
                .query(String.class)
                .single();
        assertThat(accounts.confirmSecondFactor(account.id(), TotpCodes.now(secret, Instant.now(), -1)))
                .isTrue();
        return secret;
    }

    private void logIn(WebDriver browser, String email, String secret) {
        browser.get("http://127.0.0.1:" + port + "/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        wait(browser, ExpectedConditions.urlContains("/login/second-factor"));
        browser.findElement(By.id("code")).sendKeys(TotpCodes.now(secret, Instant.now(), 0));
        browser.findElement(By.cssSelector("form[action='/login/second-factor'] button[type=submit]"))
                .click();
        wait(browser, d -> !d.getCurrentUrl().contains("/login"));
    }

    private static void click(WebDriver browser, By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private static <T> T wait(WebDriver browser, Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
