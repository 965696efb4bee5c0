package org.skills4cities.toolkit.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.skills4cities.toolkit.Chromium;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.account.TotpCodes;
import org.skills4cities.toolkit.curriculum.web.OfferFixtures.Provider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A training provider's admin in Debian's Chromium: signs in with the second factor, goes from the organisation's page
 * to its course offers, sends the form with a price of three decimals and sees the problem beside the price with the
 * rest kept, corrects it, publishes, and finds the offer on the public offers page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OfferFixtures.CURRICULA)
class OfferBrowserTests {

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
    JdbcClient jdbc;

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

    @AfterEach
    void removeOffers() {
        OfferFixtures.removeOffers(jdbc);
    }

    @Test
    void aProviderAdminPublishesAnOfferWithTheFormAndFindsItOnTheOffersPage() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String secret = secondFactorOf(provider);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(21);
        String title = OfferFixtures.greekTitle();
        logIn(provider.admin().email(), secret);

        open("/organisations/" + provider.id() + "?lang=en");
        browser.findElement(By.linkText("Course offers")).click();
        wait(ExpectedConditions.urlContains("/organisations/" + provider.id() + "/offers"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(".offer-units")));
        Chromium.screenshot(browser, "offers-0-units-by-module");
        browser.findElement(By.id("offer-title")).sendKeys(title);
        setValue(browser.findElement(By.id("offer-startsOn")), start.toString());
        setValue(browser.findElement(By.id("offer-endsOn")), start.plusDays(2).toString());
        browser.findElement(By.id("offer-online")).click();
        new Select(browser.findElement(By.id("offer-language"))).selectByValue("el");
        WebElement price = browser.findElement(By.id("offer-price"));
        price.clear();
        price.sendKeys("90.125");
        browser.findElement(By.id("offer-link")).sendKeys("https://training.example.org/courses/data-governance");
        browser.findElement(By.cssSelector("input[name=units][value='A-U1']")).click();
        browser.findElement(By.cssSelector("form.offer-form button[type=submit]"))
                .click();

        WebElement problem = wait(ExpectedConditions.visibilityOfElementLocated(By.id("offer-price-errors")));
        Chromium.screenshot(browser, "offers-1-problem-beside-price");
        assertThat(problem.getText()).isEqualTo("Price: at most two decimals.");
        assertThat(browser.findElement(By.id("offer-title")).getAttribute("value"))
                .isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector("input[name=units][value='A-U1']"))
                        .isSelected())
                .isTrue();

        price = browser.findElement(By.id("offer-price"));
        price.clear();
        price.sendKeys("90");
        browser.findElement(By.cssSelector("form.offer-form button[type=submit]"))
                .click();
        WebElement notice = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-notice")));
        Chromium.screenshot(browser, "offers-2-published");
        assertThat(notice.getText()).isEqualTo("The offer has been published.");
        assertThat(browser.findElement(By.cssSelector("tr.offer-current")).getText())
                .contains(title)
                .contains("90.00 EUR");

        open("/offers?lang=el");
        WebElement row = wait(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[contains(@class, 'offers')]//tr[contains(., '" + title + "')]")));
        Chromium.screenshot(browser, "offers-3-public-list");
        assertThat(row.getText()).contains("διαδικτυακά").contains("90,00 EUR");
    }

    /** Turns on the admin's second factor, as they would when first signing in, and gives its secret. */
    private String secondFactorOf(Provider provider) {
        accounts.startSecondFactor(provider.admin().id());
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(provider.admin().id())
                .query(String.class)
                .single();
        assertThat(accounts.confirmSecondFactor(provider.admin().id(), TotpCodes.now(secret, Instant.now(), -1)))
                .isTrue();
        return secret;
    }

    private void logIn(String email, String secret) {
        open("/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        wait(ExpectedConditions.urlContains("/login/second-factor"));
        browser.findElement(By.id("code")).sendKeys(TotpCodes.now(secret, Instant.now(), 0));
        browser.findElement(By.cssSelector("form[action='/login/second-factor'] button[type=submit]"))
                .click();
        wait(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** Sets a date field as the browser's date picker would, whatever its display format. */
    private static void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private <T> T wait(Function<? super WebDriver, T> condition) {
        return Chromium.waitFor(browser).until(condition);
    }
}
