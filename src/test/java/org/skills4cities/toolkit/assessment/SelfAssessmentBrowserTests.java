package org.skills4cities.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.skills4cities.toolkit.Chromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new visitor in Debian's Chromium, without an account: chooses the Smart City Project Developer role, rates every
 * competence step by step, reads the gap report with its chart and learning path, switches to Greek and downloads the
 * PDF (read back), then closes the browser and comes back, in a new one, through the resume link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfAssessmentBrowserTests {

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    @Test
    void aNewVisitorAssessesThemselvesAgainstTheDeveloperRoleDownloadsTheGreekPdfAndComesBack() throws Exception {
        String resume;
        String readiness;
        WebDriver browser = Chromium.start(downloads);
        try {
            browser.get("http://localhost:" + port + "/");
            browser.findElement(By.linkText("Self-assessment")).click();
            browser.findElement(By.cssSelector("label[for=role-SCPD]")).click();
            browser.findElement(By.cssSelector("form.assessment-start button[type=submit]"))
                    .click();

            resume = Chromium.waitFor(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("resume-url")))
                    .getDomProperty("value");
            // the link is written with the configured address of the platform (toolkit.base-url), never the Host header
            assertThat(resume).contains("/assessments/resume/");
            resume = resume.substring(resume.indexOf("/assessments/resume/"));
            for (int step = 0; step < 4; step++) {
                List<WebElement> competences = browser.findElements(By.cssSelector("fieldset.rating"));
                assertThat(competences).hasSize(10);
                for (WebElement competence : competences) {
                    // a developer who is strong in technology (area C) and at level 2 elsewhere
                    int level = step == 2 ? 4 : 2;
                    String code = competence.getDomAttribute("id").substring(2);
                    click(browser, By.cssSelector("label[for='l-" + code + "-" + level + "']"));
                }
                if (step == 0) {
                    browser.findElement(By.id("n-A.4")).sendKeys("Wrote the climate chapter of the city’s SECAP");
                    Chromium.screenshot(browser, "self-assessment-step");
                }
                WebElement form = browser.findElement(By.cssSelector("form.rating-form"));
                click(browser, By.id("next"));
                // the next step (or the report) is a new page: wait until this one has gone
                Chromium.waitFor(browser).until(ExpectedConditions.stalenessOf(form));
            }

            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("readiness")));
            readiness = browser.findElement(By.id("readiness")).getText();
            assertThat(readiness).matches("\\d+ %");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Where you stand against Smart City Project Developer");
            assertThat(browser.findElement(By.id("formula")).getText()).contains("Σ weight");
            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar svg")));
            assertThat(browser.findElements(By.cssSelector("#gaps tr.gap.mandatory")))
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#learning-path li.path-step")))
                    .isNotEmpty();
            Chromium.screenshot(browser, "gap-report");

            browser.findElement(By.cssSelector("a[hreflang=el]")).click();
            Chromium.waitFor(browser)
                    .until(d -> d.findElement(By.tagName("html"))
                            .getDomAttribute("lang")
                            .equals("el"));
            browser.findElement(By.id("pdf")).click();
            Path pdf = Chromium.waitFor(browser)
                    .withTimeout(Duration.ofSeconds(30))
                    .until(d -> finishedPdf(downloads));
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                assertThat(text).contains("Πούβρίσκεστεσεσχέσημετονρόλο", "Ημαθησιακήσαςδιαδρομή");
            }
        } finally {
            browser.quit();
        }

        WebDriver again = Chromium.start();
        try {
            again.get("http://localhost:" + port + resume);
            Chromium.waitFor(again).until(ExpectedConditions.presenceOfElementLocated(By.id("readiness")));
            assertThat(again.findElement(By.id("readiness")).getText()).isEqualTo(readiness);
            assertThat(again.getCurrentUrl()).endsWith("/report");
            assertThat(again.findElement(By.id("resume-url")).getDomProperty("value"))
                    .endsWith(resume);
        } finally {
            again.quit();
        }
    }

    /** Scrolls the element to the middle of the window, as a person would, and clicks it. */
    private static void click(WebDriver browser, By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static Path finishedPdf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
