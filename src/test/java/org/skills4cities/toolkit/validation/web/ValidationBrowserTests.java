package org.skills4cities.toolkit.validation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
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
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.account.TotpCodes;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.exam.ExamResultRecorded;
import org.skills4cities.toolkit.validation.EvidenceFiles;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The must-show of validation, in Debian's Chromium, as two new people would go: a candidate with a self-assessment
 * opens a case from the navigation, confirms the claims, tries to submit the portfolio without evidence (refused, the
 * reason on the page), uploads files and submits; an assessor of the certification body, signed in with a second
 * factor, takes the case, tries to decide before rating (refused), rates against the level descriptors, asks for
 * more evidence; the candidate adds a link and submits again; the assessor decides; the exam result comes in and the
 * case is ready for certification. The candidate sees each step in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationBrowserTests {

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
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path files;

    @Test
    void aCandidateAndAnAssessorTakeACaseThroughAllFourPhases() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Organisation body = organisations.create(
                admin, "ECQA Certification " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        Account assessor = TestAccounts.active(accounts, passwords, "Anna Assessor");
        organisations.grant(admin, body.id(), assessor.id(), Role.ASSESSOR);
        String secret = secondFactorOf(assessor);
        Account candidate = ValidationPeople.candidate(accounts, passwords, assessments, "Maria Candidate");
        Path pdf = write("Stakeholder map.pdf", EvidenceFiles.pdf());
        Path png = write("strategy-canvas.png", EvidenceFiles.png());
        Path docx = write("sensor tender.docx", EvidenceFiles.docx());

        WebDriver mine = Chromium.start("--lang=en-GB");
        WebDriver theirs = Chromium.start("--lang=en-GB");
        try {
            logIn(mine, candidate.email(), null);
            mine.findElement(By.id("nav-validation")).click();
            new Select(mine.findElement(By.id("open-role"))).selectByValue("SCPD");
            new Select(mine.findElement(By.id("open-body"))).selectByVisibleText(body.name());
            Chromium.screenshot(mine, "validation-01-my-validation");
            mine.findElement(By.id("open-case")).click();
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("stepper")));
            String casePath =
                    mine.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
            assertThat(current(mine)).isEqualTo("Identification");
            assertThat(mine.findElement(By.id("claim-C.1")).getDomProperty("value"))
                    .isEqualTo("4");
            Chromium.screenshot(mine, "validation-02-identification");

            click(mine, By.id("confirm-claims"));
            wait(mine, d -> current(d).equals("Documentation"));
            click(mine, By.id("submit-portfolio"));
            WebElement refused = wait(mine, ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
            assertThat(refused.getText())
                    .startsWith("The portfolio cannot be submitted yet")
                    .endsWith("Without evidence: A.1, A.4, C.1.");
            assertThat(current(mine)).isEqualTo("Documentation");
            scrollTo(mine, "problem");
            Chromium.screenshot(mine, "validation-03-submit-refused");

            upload(mine, "A.1", pdf);
            upload(mine, "A.4", png);
            upload(mine, "C.1", docx);
            assertThat(mine.findElement(By.id("evidence-A.1")).getText()).contains("Stakeholder map.pdf");
            scrollTo(mine, "evidence-A.1");
            Chromium.screenshot(mine, "validation-04-portfolio");
            click(mine, By.id("submit-portfolio"));
            wait(mine, d -> current(d).equals("Assessment"));

            logIn(theirs, assessor.email(), secret);
            theirs.findElement(By.id("nav-validation")).click();
            theirs.findElement(By.id("body-cases")).click();
            wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("filter-unassigned")));
            theirs.findElement(By.linkText("Maria Candidate")).click();
            assertThat(theirs.findElement(By.id("portfolio-hidden")).isDisplayed())
                    .isTrue();
            click(theirs, By.id("assign-self"));
            wait(theirs, ExpectedConditions.presenceOfElementLocated(By.id("assessors")));

            click(theirs, By.id("decision-validated"));
            theirs.findElement(By.id("decision-reason")).sendKeys("Convincing");
            click(theirs, By.id("decide"));
            refused = wait(theirs, ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
            assertThat(refused.getText()).contains("Not yet rated: A.1, A.4, A.5, C.1");
            Chromium.screenshot(theirs, "validation-05-decide-refused");

            rate(theirs, "A.1", 3, "The stakeholder map covers every group the strategy names.");
            rate(theirs, "A.4", 3, "The strategy canvas is the candidate's own work.");
            rate(theirs, "A.5", 2, "Shown in the canvas.");
            scrollTo(theirs, "evidence-C.1");
            Chromium.screenshot(theirs, "validation-06-rating-with-descriptors");
            rate(theirs, "C.1", 3, "The tender names the sensors but not how they were chosen.");
            theirs.findElement(By.id("request-message"))
                    .sendKeys("Please add how the sensors were chosen for the C.1 tender.");
            click(theirs, By.id("ask-C.1"));
            click(theirs, By.id("ask-for-evidence"));
            wait(theirs, d -> current(d).equals("Documentation"));

            mine.navigate().refresh();
            assertThat(current(mine)).isEqualTo("Documentation");
            assertThat(mine.findElement(By.id("requests")).getText())
                    .contains("Please add how the sensors were chosen", "C.1");
            assertThat(mine.findElement(By.id("rating-C.1")).getText()).contains("Rated at level 3 by Anna Assessor");
            click(mine, By.cssSelector("#evidence-C\\.1 details.add-evidence summary"));
            mine.findElement(By.id("url-C.1")).sendKeys("https://example.org/patras/sensor-selection");
            mine.findElement(By.id("label-C.1")).sendKeys("How the sensors were chosen");
            click(mine, By.id("add-link-C.1"));
            wait(mine, ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            click(mine, By.id("submit-portfolio"));
            wait(mine, d -> current(d).equals("Assessment"));

            theirs.navigate().refresh();
            rate(theirs, "C.1", 4, "The selection note shows the reasoning behind the tender.");
            click(theirs, By.id("decision-validated"));
            theirs.findElement(By.id("decision-reason")).sendKeys("Every claim is shown by the portfolio.");
            click(theirs, By.id("decide"));
            wait(theirs, d -> current(d).equals("Certification"));
            Chromium.screenshot(theirs, "validation-07-validated");

            events.publishEvent(new ExamResultRecorded(
                    UUID.randomUUID(),
                    candidate.id(),
                    "skills4cities",
                    "SCPD",
                    true,
                    new BigDecimal("76.92"),
                    Instant.now()));
            mine.get("http://127.0.0.1:" + port + casePath);
            assertThat(mine.findElement(By.id("outcome")).getText()).isEqualTo("Ready for certification");
            assertThat(mine.findElement(By.id("exams")).getText()).contains("passed", "76.92 %");
            assertThat(mine.findElements(By.cssSelector("#history tbody tr")))
                    .extracting(WebElement::getText)
                    .anySatisfy(row -> assertThat(row).contains("Submitted the portfolio"))
                    .anySatisfy(row -> assertThat(row).contains("Asked for more evidence"))
                    .anySatisfy(row -> assertThat(row).contains("Recorded the decision"))
                    .anySatisfy(row -> assertThat(row).contains("Recorded the exam result", "Ready for certification"));
            Chromium.screenshot(mine, "validation-08-ready");
            scrollTo(mine, "history-heading");
            Chromium.screenshot(mine, "validation-09-history");

            mine.get("http://127.0.0.1:" + port + casePath + "?lang=bg");
            assertThat(mine.findElement(By.id("outcome")).getText()).isEqualTo("Готов за сертифициране");
            Chromium.screenshot(mine, "validation-10-bulgarian");
        } finally {
            mine.quit();
            theirs.quit();
        }
    }

    private void rate(WebDriver browser, String code, int level, String comment) {
        click(browser, By.id("level-" + code + "-" + level));
        browser.findElement(By.id("comment-" + code)).sendKeys(comment);
        WebElement form = browser.findElement(By.id("rate-" + code));
        click(browser, By.id("rate-" + code));
        wait(browser, ExpectedConditions.stalenessOf(form));
        wait(browser, ExpectedConditions.presenceOfElementLocated(By.id("rating-" + code)));
    }

    private void upload(WebDriver browser, String code, Path file) {
        click(browser, By.cssSelector("#evidence-" + code.replace(".", "\\.") + " details.add-evidence summary"));
        browser.findElement(By.id("file-" + code))
                .sendKeys(file.toAbsolutePath().toString());
        click(browser, By.id("upload-" + code));
        wait(
                browser,
                d -> d.findElement(By.id("evidence-" + code))
                        .getText()
                        .contains(file.getFileName().toString()));
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(files.resolve(name), content);
    }

    private static String current(WebDriver browser) {
        return browser.findElement(By.cssSelector("#stepper li[aria-current=step] .step-name"))
                .getText();
    }

    /** Turns on the assessor's second factor, as they would at their first sign-in, and gives its secret. */
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

    private void logIn(WebDriver browser, String email, String secret) {
        browser.get("http://127.0.0.1:" + port + "/login?lang=en");
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

    private static void scrollTo(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private static <T> T wait(WebDriver browser, Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
