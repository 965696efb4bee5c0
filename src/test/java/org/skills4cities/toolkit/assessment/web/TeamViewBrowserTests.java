package org.skills4cities.toolkit.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.assessment.TeamShares;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HR manager of a city in Debian's Chromium: goes from the organisation page to the team view, finds a column for
 * each of the three members who share, measures the team against another role (the table changes in place), and reads
 * the page in Greek.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamViewBrowserTests {

    private static WebDriver browser;

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
    TeamShares shares;

    @Autowired
    FrameworkCatalogue catalogue;

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

    @Test
    void anHrManagerSeesTheTeamAndMeasuresItAgainstAnotherRole() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account hr = TestAccounts.active(accounts, passwords, "HR Patras");
        Organisation city =
                organisations.create(admin, "Patras " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), hr.id(), Role.HR_MANAGER);
        share(admin, city, "Eleni", 4);
        share(admin, city, "Nikos", 2);
        share(admin, city, "Sofia", 3);
        member(admin, city, "Yannis");
        logIn(hr.email());

        open("/organisations/" + city.id() + "?lang=en");
        browser.findElement(By.id("team-view")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("heatmap")));
        assertThat(browser.findElements(By.cssSelector("#heatmap th.member")))
                .extracting(WebElement::getText)
                .containsExactly("Eleni", "Nikos", "Sofia");
        assertThat(browser.findElement(By.id("not-shared")).getText()).endsWith(": 2");
        assertThat(browser.getPageSource()).doesNotContain("Yannis", "note of");
        Chromium.screenshot(browser, "team-1-scpm");

        new Select(browser.findElement(By.id("role"))).selectByValue("SCPD");
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#heatmap caption"), "Smart City Project Developer"));
        assertThat(browser.getCurrentUrl()).contains("role=SCPD");
        assertThat(browser.findElements(By.cssSelector("#heatmap th.member"))).hasSize(3);
        assertThat(browser.findElement(By.id("xlsx")).getAttribute("href")).contains("role=SCPD");
        Chromium.screenshot(browser, "team-2-scpd");
        scrollTo("heatmap-heading");
        Chromium.screenshot(browser, "team-3-heatmap");

        open("/organisations/" + city.id() + "/team?lang=el");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Προβολή ομάδας");
        assertThat(browser.findElement(By.cssSelector("#heatmap caption")).getText())
                .contains("Το επίπεδο κάθε μέλους");
        Chromium.screenshot(browser, "team-4-greek");
        scrollTo("heatmap-heading");
        Chromium.screenshot(browser, "team-5-greek-heatmap");
        scrollTo("needs-heading");
        Chromium.screenshot(browser, "team-6-greek-needs");
    }

    /** A member of the city who shares an assessment giving every competence the same level. */
    private void share(Account admin, Organisation city, String name, int level) {
        Account member = member(admin, city, name);
        List<Rating> ratings = catalogue.get("skills4cities").competences().stream()
                .map(FrameworkItem::code)
                .map(code -> new Rating(code, level, "note of " + name))
                .toList();
        Assessment assessment = assessments
                .create("skills4cities", null, null, ratings, member.id())
                .assessment();
        assertThat(shares.share(assessment, city.id())).isTrue();
    }

    private Account member(Account admin, Organisation city, String name) {
        Account member = TestAccounts.active(accounts, passwords, name);
        organisations.grant(admin, city.id(), member.id(), Role.LEARNER);
        return member;
    }

    private void logIn(String email) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        wait(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
