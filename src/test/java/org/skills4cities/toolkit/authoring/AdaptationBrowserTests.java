package org.skills4cities.toolkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HR manager of a city in Debian's Chromium: adapts the reference framework for the city, raises a role's required
 * level, hides a competence that does not apply, adds a local one in Bulgarian (the form says what is wrong while they
 * type), publishes, and finds the adaptation in the explorer with what differs marked and the comparison one click
 * away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdaptationBrowserTests {

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
    void aCityAdaptsPublishesAndShowsItsOwnFramework() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account hr = TestAccounts.active(accounts, passwords, "HR Burgas");
        Organisation city =
                organisations.create(admin, "Burgas " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), hr.id(), Role.HR_MANAGER);
        String slug = "burgas-" + UUID.randomUUID().toString().substring(0, 8);
        logIn(hr.email());

        open("/frameworks/skills4cities/versions");
        new Select(browser.findElement(By.id("organisation"))).selectByVisibleText(city.name());
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("title")).sendKeys("Burgas smart city framework");
        Chromium.screenshot(browser, "adaptation-1-versions");
        browser.findElement(By.cssSelector("form[action$='/adaptations'] button"))
                .click();
        wait(ExpectedConditions.urlContains("/edit/frameworks/" + slug + "/1.0"));

        open("/edit/frameworks/" + slug + "/1.0/roles/SCPM");
        new Select(browser.findElement(By.name("level:A.1"))).selectByValue("5");
        WebElement mandatory = browser.findElement(By.name("mandatory:A.1"));
        if (!mandatory.isSelected()) {
            mandatory.click();
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-notice[role=status]")));

        open("/edit/frameworks/" + slug + "/1.0/items/D.10");
        new Select(browser.findElement(By.id("state"))).selectByValue("hidden");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-notice[role=status]")));

        open("/edit/frameworks/" + slug + "/1.0?lang=bg");
        new Select(browser.findElement(By.id("parent"))).selectByValue("D");
        browser.findElement(By.id("code")).sendKeys("D.11");
        browser.findElement(By.id("title")).sendKeys("Управление на градски данни");
        browser.findElement(By.cssSelector("form[action$='/items'] button")).click();
        wait(ExpectedConditions.urlContains("/items/D.11"));
        WebElement title = browser.findElement(By.id("f-title"));
        title.clear();
        title.sendKeys(" ");
        WebElement checks = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#checks .form-error")));
        assertThat(checks.getText())
                .as("the form says what is wrong while one types")
                .contains("/items/D.11");
        Chromium.screenshot(browser, "adaptation-2-item-check");
        title.sendKeys("Управление на градски данни");
        for (int level = 1; level <= 5; level++) {
            browser.findElement(By.id("f-level:" + level)).sendKeys("Ниво " + level + ": градски данни.");
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-notice[role=status]")));

        open("/frameworks/" + slug + "/versions");
        browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        wait(driver -> catalogue.get(slug).isPublished());
        assertThat(catalogue.get(slug).status().code()).isEqualTo("published");

        open("/frameworks/" + slug + "?lang=en");
        Chromium.screenshot(browser, "adaptation-3-explorer");
        assertThat(browser.findElement(By.cssSelector(".notice.adaptation")).getText())
                .contains("Adapted from skills4cities");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("D.11")
                .doesNotContain("D.10 ");
        assertThat(browser.findElements(By.cssSelector(".mark-added"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".mark-changed"))).isNotEmpty();

        browser.findElement(By.cssSelector(".notice.adaptation a")).click();
        wait(ExpectedConditions.urlContains("/compare"));
        Chromium.screenshot(browser, "adaptation-4-compare");
        assertThat(browser.findElement(By.id("role-SCPM")).getText())
                .contains("Requires A.1")
                .contains("level 5, mandatory");
        assertThat(browser.findElement(By.id("item-D.11")).getText()).contains("Управление на градски данни");
        assertThat(browser.findElement(By.id("item-D.10")).getText()).contains("hidden");
    }

    @Test
    void anEditorChecksASpreadsheetBeforeImportingIt() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account editor = TestAccounts.active(accounts, passwords, "Editor Plovdiv");
        Organisation city =
                organisations.create(admin, "Plovdiv " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), editor.id(), Role.CONTENT_EDITOR);
        logIn(editor.email());

        open("/edit/import?lang=en");
        browser.findElement(By.id("file"))
                .sendKeys(java.nio.file.Path.of("docs", "templates", "framework-template.csv")
                        .toAbsolutePath()
                        .toString());
        new Select(browser.findElement(By.id("format"))).selectByValue("csv");
        browser.findElement(By.id("id"))
                .sendKeys("plovdiv-" + UUID.randomUUID().toString().substring(0, 8));
        new Select(browser.findElement(By.id("organisation"))).selectByVisibleText(city.name());
        browser.findElement(By.cssSelector("button[value=dryRun]")).click();
        WebElement plan = wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan-heading")));
        Chromium.screenshot(browser, "import-check");
        assertThat(plan.getText()).isEqualTo("Check: nothing has been changed");
        assertThat(browser.findElement(By.cssSelector(".import-plan .lead")).getText())
                .startsWith("Creates plovdiv-");
    }

    private void logIn(String email) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        wait(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
