package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.skills4cities.toolkit.Chromium;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An exam taken in Debian's Chromium: the candidate signs in during the check-in window, checks in and waits; at the
 * start (the server's clock moved) the exam opens; answers are saved as they are given; the connection drops (Chrome's
 * network emulation), the page warns and keeps the answers given offline on the device; the connection returns and
 * the queued answers reach the database; a reload resumes at the same question. Then the server's clock passes the
 * end: a second tab on the same attempt tries to answer, is refused naming the closing time and locks, and the result
 * is scored from what was saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ExamTestConfiguration.class)
class ExamBrowserTests {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Registrations registrations;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCandidateTakesTheExamThroughALostConnectionAndNoTabAnswersAfterTheEnd() {
        clock.set(Instant.now());
        ExamPeople people = ExamPeople.create(accounts, passwords, organisations);
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        ZonedDateTime start = ZonedDateTime.now(SOFIA).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        ExamSession session = sessions.schedule(
                people.assessor(),
                people.body().id(),
                new SessionForm(
                        "SCPD",
                        start.toLocalDate().toString(),
                        start.toLocalTime().toString(),
                        "Europe/Sofia",
                        "",
                        "60",
                        "10",
                        false));
        UUID attempt = registrations.register(people.assessor(), people.body().id(), session.id(), candidate.email());
        String base = "http://localhost:" + port;

        WebDriver browser = Chromium.start("--lang=en-GB");
        try {
            browser.get(base + "/exams");
            browser.findElement(By.id("email")).sendKeys(candidate.email());
            browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            browser.findElement(By.cssSelector("form[action=\"/login\"] button[type=submit]"))
                    .click();
            Chromium.waitFor(browser).until(ExpectedConditions.urlContains("/exams"));
            browser.findElement(By.cssSelector("button.check-in")).click();

            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("exam-wait")));
            Chromium.waitFor(browser)
                    .until(d -> d.findElement(By.id("countdown")).getText().matches("\\d\\d:\\d\\d"));
            Chromium.screenshot(browser, "exam-waiting");

            clock.set(session.startsAt().plusSeconds(5));
            browser.navigate().refresh();
            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("exam")));
            answer(browser, 0);
            answer(browser, 1);
            Chromium.waitFor(browser).until(d -> saved(attempt) == 2);

            ChromiumDriver chromium = (ChromiumDriver) browser;
            chromium.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
            answer(browser, 2);
            answer(browser, 3);
            Chromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("offline-banner")));
            assertThat(browser.findElement(By.id("offline-banner")).getText()).contains("The connection is lost");
            Chromium.screenshot(browser, "exam-offline");
            assertThat(saved(attempt)).isEqualTo(2);

            chromium.deleteNetworkConditions();
            Chromium.waitFor(browser).withTimeout(Duration.ofSeconds(20)).until(d -> saved(attempt) == 4);
            Chromium.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline-banner")));

            browser.navigate().refresh();
            Chromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-3")));
            assertThat(browser.findElement(By.id("q-3")).findElements(By.cssSelector("input:checked")))
                    .hasSize(1);

            String first = browser.getWindowHandle();
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(base + "/exams/attempts/" + attempt);
            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("exam")));
            clock.set(session.endsAt().plusSeconds(1));
            click(browser, By.id("goto-4"));
            answer(browser, 4);
            Chromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("closed-banner")));
            assertThat(browser.findElement(By.id("closed-text")).getText())
                    .startsWith("The exam closed at")
                    .contains("(UTC+02:00)");
            assertThat(browser.findElements(By.cssSelector("#exam-form input:not([disabled])")))
                    .isEmpty();
            Chromium.screenshot(browser, "exam-closed-second-tab");
            assertThat(saved(attempt)).isEqualTo(4);

            browser.switchTo().window(first);
            browser.get(base + "/exams/attempts/" + attempt);
            Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            assertThat(browser.findElement(By.id("overall")).getText()).contains("points");
            assertThat(browser.findElements(By.cssSelector("#result input"))).isEmpty();
            Chromium.screenshot(browser, "exam-result");
        } finally {
            browser.quit();
        }

        List<String> closed = jdbc.sql("SELECT CAST(closed_at AS VARCHAR(40)) FROM exam_attempt WHERE id = ?")
                .param(attempt)
                .query(String.class)
                .list();
        assertThat(closed).singleElement().isNotNull();
        assertThat(jdbc.sql("SELECT points FROM exam_attempt WHERE id = ?")
                        .param(attempt)
                        .query(String.class)
                        .single())
                .isNotBlank();
    }

    /** Goes to the question and chooses its first option. */
    private static void answer(WebDriver browser, int question) {
        click(browser, By.id("goto-" + question));
        WebElement set = browser.findElement(By.id("q-" + question));
        Chromium.waitFor(browser).until(d -> set.isDisplayed());
        WebElement option = set.findElement(By.cssSelector("label.option"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
        option.click();
    }

    private static void click(WebDriver browser, By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private int saved(UUID attempt) {
        return jdbc.sql("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ?")
                .param(attempt)
                .query(Integer.class)
                .single();
    }
}
