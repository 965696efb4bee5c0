package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.explorer.PageWords;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every exam page in each of the six languages, in every state an attempt goes through (check-in, waiting, the exam,
 * the result) and with a refusal shown: the page is in the language asked for, and, in a language but English, shows
 * no word of the English page that its own interface texts, bank questions and framework titles do not use.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ExamTestConfiguration.class)
class ExamPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    MovableClock clock;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Registrations registrations;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    Answers answers;

    @Autowired
    ItemBank bank;

    @Autowired
    FrameworkCatalogue catalogue;

    private ExamPeople people;
    private Account candidate;
    private ExamSession session;
    private UUID attempt;

    @BeforeEach
    void anAttempt() {
        clock.set(Instant.parse("2026-11-02T08:00:00Z"));
        people = ExamPeople.create(accounts, passwords, organisations);
        candidate = TestAccounts.active(accounts, passwords, "Zyx");
        session = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPMC", "2026-11-03", "10:00", ""));
        attempt = registrations.register(people.assessor(), people.body().id(), session.id(), candidate.email());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyExamPageSpeaksTheLanguageChosen(Language language) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> own = language == Language.EN ? Set.of() : vocabulary(language);
        Function<Page, Document> check = shown -> {
            Document page = shown.in(language);
            assertThat(page.selectFirst("html").attr("lang")).as(shown.name()).isEqualTo(language.code());
            if (language != Language.EN) {
                Set<String> english = PageWords.words(text(shown.in(Language.EN)));
                for (String word : PageWords.words(text(page))) {
                    if (english.contains(word) && !own.contains(word)) {
                        problems.add(shown.name() + ": " + word);
                    }
                }
            }
            return page;
        };

        check.apply(new Page(
                "sessions",
                l -> get(people.assessor(), "/organisations/" + people.body().id() + "/exams", l)));
        check.apply(new Page(
                "asked",
                l -> post(
                        people.assessor(),
                        "/organisations/" + people.body().id() + "/exams?date=2026-10-25&time=03:00&role=SCPM"
                                + "&zone=Europe/Sofia&capacity=5",
                        l)));
        check.apply(new Page(
                "session",
                l -> get(people.assessor(), "/organisations/" + people.body().id() + "/exams/" + session.id(), l)));
        check.apply(new Page(
                "refused",
                l -> post(
                        people.assessor(),
                        "/organisations/" + people.body().id() + "/exams/" + session.id() + "/candidates?email="
                                + candidate.email(),
                        l)));
        check.apply(new Page("registered", l -> get(candidate, "/exams", l)));
        check.apply(new Page("tooEarly", l -> post(candidate, "/exams/attempts/" + attempt + "/check-in", l)));
        clock.set(session.checkInOpensAt().plusSeconds(1));
        check.apply(new Page("checkIn", l -> get(candidate, "/exams/attempts/" + attempt, l)));
        attempts.checkIn(candidate, attempt);
        check.apply(new Page("waiting", l -> get(candidate, "/exams/attempts/" + attempt, l)));
        clock.set(session.startsAt().plus(Duration.ofMinutes(1)));
        String key = attempts.form(attempts.of(candidate, attempt))
                .questions()
                .getFirst()
                .key();
        answers.save(candidate, attempt, key, Set.of("a"), 1);
        Document exam = check.apply(new Page("exam", l -> get(candidate, "/exams/attempts/" + attempt, l)));
        assertThat(exam.select("fieldset.question")).hasSizeGreaterThan(20);
        clock.set(session.endsAt());
        Document result = check.apply(new Page("result", l -> get(candidate, "/exams/attempts/" + attempt, l)));
        assertThat(result.select("#result table.exam-areas tbody tr")).hasSize(4);

        assertThat(problems).as("English words on the %s exam pages", language).isEmpty();
    }

    /** A page as one person sees it, in any language. */
    private record Page(String name, Function<Language, Document> shown) {

        Document in(Language language) {
            return shown.apply(language);
        }
    }

    private Document get(Account account, String path, Language language) {
        return document(mvc.get()
                .uri(path + "?lang=" + language.code())
                .with(as(account))
                .exchange());
    }

    private Document post(Account account, String path, Language language) {
        String separator = path.contains("?") ? "&" : "?";
        return document(mvc.post()
                .uri(path + separator + "lang=" + language.code())
                .with(as(account))
                .with(csrf())
                .exchange());
    }

    private static Document document(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a reader sees: no text marked as another language, no codes, no scripts, no emails typed in. */
    private static String text(Document page) {
        Document copy = page.clone();
        copy.select("[lang]:not(html), script, code, input, datalist, .language")
                .remove();
        return copy.body().text().replaceAll("\\S+@\\S+", " ") + " " + copy.title();
    }

    /**
     * The language's interface texts, its bank questions, its framework's titles and its names of months, as words;
     * and the names the test gave its people.
     */
    private Set<String> vocabulary(Language language) throws IOException {
        Set<String> words = new HashSet<>();
        Properties english = PageWords.messages(Language.EN);
        Properties messages = PageWords.messages(language);
        for (String key : messages.stringPropertyNames()) {
            if (!messages.getProperty(key).equals(english.getProperty(key))) {
                words.addAll(PageWords.words(messages.getProperty(key)));
            }
        }
        List<LocalizedText> texts = new ArrayList<>();
        for (ExamItem item : bank.of(people.body().id())) {
            texts.add(item.stem());
            item.options().forEach(o -> texts.add(o.text()));
            item.parts().forEach(p -> {
                texts.add(p.stem());
                p.options().forEach(o -> texts.add(o.text()));
            });
        }
        var framework = catalogue.get("skills4cities");
        framework.roles().forEach(r -> texts.add(r.title()));
        framework.allItems().forEach(i -> texts.add(i.title()));
        texts.forEach(t -> words.addAll(PageWords.words(t.in(language).text())));
        for (Month month : Month.values()) {
            for (TextStyle style : TextStyle.values()) {
                words.addAll(PageWords.words(month.getDisplayName(style, language.locale())));
            }
        }
        words.addAll(PageWords.words(people.body().name() + " Zyx Admin Assessor"));
        return words;
    }

    private static RequestPostProcessor as(Account account) {
        return user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
