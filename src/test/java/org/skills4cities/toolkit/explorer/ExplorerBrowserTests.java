package org.skills4cities.toolkit.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.skills4cities.toolkit.Chromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's walk through the explorer in Debian's Chromium: home page, a role with its chart, the comparison with a
 * filter, a search and the language switcher. Runs where chromium and chromedriver are installed; with
 * {@code S4C_REQUIRE_BROWSER=true} (as in CI) their absence fails the build instead of skipping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExplorerBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void exploresRolesComparesThemAndSearches() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Competences for smart-city projects");

        browser.findElement(By.linkText("Smart City Project Manager")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Smart City Project Manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar svg")));

        browser.findElement(By.linkText("Compare roles")).click();
        assertThat(rowCodes()).anyMatch(code -> code.startsWith("A.")).anyMatch(code -> code.startsWith("D."));
        new Select(browser.findElement(By.id("area"))).selectByValue("B");
        waitFor().until(driver -> rowCodes().stream().allMatch(code -> code.startsWith("B.")));
        waitFor().until(ExpectedConditions.urlContains("area=B"));

        browser.findElement(By.linkText("Search")).click();
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("digital twins");
        box.submit();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit mark")));
        assertThat(browser.findElement(By.cssSelector(".hit h2")).getText()).contains("digital twins");
    }

    @Test
    void switchesTheLanguageAndKeepsIt() {
        browser.get("http://localhost:" + port + "/frameworks/skills4cities");
        browser.findElement(By.linkText("Ελληνικά")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("el");

        browser.get("http://localhost:" + port + "/frameworks/skills4cities/compare");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("el");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void searchesInBulgarianAndInEveryLanguage() {
        browser.get("http://localhost:" + port + "/?lang=bg");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bg");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("обществената поръчка");
        box.submit();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit mark")));
        assertThat(browser.findElement(By.cssSelector(".hit h2")).getText()).contains("поръчки");
        assertThat(browser.findElements(By.cssSelector(".fallback"))).isEmpty();

        box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("ΔΗΜΟΣΙΕΣ ΠΡΟΜΗΘΕΙΕΣ");
        browser.findElement(By.name("all")).click();
        box.submit();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit .matched-language")));
        assertThat(browser.findElement(By.cssSelector(".hit .matched-language")).getText())
                .isEqualTo("намерено на гръцки");
        assertThat(browser.findElement(By.cssSelector(".hit h2")).getAttribute("lang"))
                .isEqualTo("el");

        browser.findElement(By.cssSelector(".hit h2 a")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bg");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("D.5", "Обществени поръчки за иновации");
        assertThat(browser.findElement(By.partialLinkText("PDF")).getAttribute("href"))
                .endsWith("/frameworks/skills4cities/competences/D.5/pdf?lang=bg");
    }

    private static List<String> rowCodes() {
        return browser.findElements(By.cssSelector("#comparison tbody th .code")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A wait that tolerates htmx replacing the elements it is looking at. */
    private static FluentWait<WebDriver> waitFor() {
        return Chromium.waitFor(browser);
    }
}
