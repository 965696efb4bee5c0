package org.skills4cities.toolkit.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.accreditation.AccreditationShowcase;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.accreditation.Applications;
import org.skills4cities.toolkit.accreditation.Criteria;
import org.skills4cities.toolkit.accreditation.Criterion;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.certification.CertifiedPeople;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.TranslatableText;
import org.skills4cities.toolkit.guide.UserGuide;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationShowcase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every page of the explorer, the user guide, the validation cases (as their candidate and assessors see them) and
 * accreditation (applications as their applicants and assessors see them, the registries), in
 * each language but English, shows no English word: no word that
 * appears in the English interface, framework or guide texts and nowhere in the language's own, and, in Bulgarian
 * and Greek, no Latin-script word the language's own texts do not use (proper names and acronyms such as ISO or GDPR
 * are in them). Text marked as another language (the language switcher, a search hit found in another language),
 * bibliographic citations, which keep their original titles, and the names of outside frameworks (ESCO, DigComp,
 * e-CF), and the names people gave organisations and themselves (marked {@code proper-name}) are not counted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalizedPagesIntegrationTests {

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** The toolkit's name, a brand in every language (marked as English where it stands alone on a page). */
    private static final String APP_NAME = "Skills4Cities Toolkit";

    /**
     * Latin-script words a Bulgarian or Greek page may show: names of products, programmes and organisations, and
     * words of the toolkit's own name, as the translations keep them (acronyms in capitals are not checked at all).
     */
    private static final Set<String> LATIN_NAMES = Set.of(
            // programmes, initiatives, networks and instruments
            "erasmus",
            "open",
            "agile",
            "smart",
            "cities",
            "eurocities",
            "living-in",
            "eu",
            "europa",
            "data",
            "models",
            "urban",
            "platform",
            "climate",
            "city",
            "contract",
            "digcomp",
            "e-cf",
            "manifesto",
            // standards, technologies and products
            "iot",
            "nb-iot",
            "wi-fi",
            "lorawan",
            "wireless",
            "m-bus",
            "mims",
            "openapi",
            "netex",
            "citygml",
            "cityjson",
            "eidas",
            "eid",
            "saas",
            "paas",
            "iaas",
            "maas",
            "gigabit",
            "decidim",
            "creative",
            "commons",
            // methods named after people or by their own name
            "scrum",
            "kanban",
            "moscow",
            "gantt",
            "monte",
            "carlo",
            "kotter",
            "arnstein",
            "double",
            "diamond",
            // the readiness formula's function, and an example of a framework identifier (lower-case Latin by rule)
            "min",
            "sofia-smart-city",
            // names of standards: Open Badges, W3C Verifiable Credentials
            "badges",
            "verifiable",
            "credentials");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    UserGuide guide;

    @Autowired
    Curricula curricula;

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
    Applications applications;

    @Autowired
    Accreditations accreditations;

    @Autowired
    Criteria criteria;

    private Framework framework;
    private Set<String> englishWords;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    /** Pages of signed-in people, with the email of who looks at each. */
    private Map<String, String> signedIn;
    /** Public pages about a certificate made for the check. */
    private List<String> publicPages;

    @BeforeAll
    void readVocabularies() throws IOException {
        framework = catalogue.get("skills4cities");
        englishWords = vocabulary(Language.EN);
        signedIn = new LinkedHashMap<>(
                ValidationShowcase.create(accounts, passwords, organisations, assessments, cases, portfolios));
        CertifiedPeople certified =
                CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        Account holder = accounts.find(certified
                        .certify("Ευαγγελία Σταματοπούλου")
                        .validationCase()
                        .candidate())
                .orElseThrow();
        Certificate certificate = certificates.ofHolder(holder).getFirst();
        certificates.list(holder, certificate.id(), true);
        certificates.suspend(certified.assessor(), certificate.id(), "Παράπονο υπό εξέταση");
        signedIn.put("/certificates", holder.email());
        signedIn.put("/certificates/" + certificate.id(), holder.email());
        signedIn.put(
                "/certificates/" + certificate.id() + "?as=assessor",
                certified.assessor().email());
        signedIn.put(
                "/certificates/bodies/" + certified.people().body().id(),
                certified.assessor().email());
        publicPages = List.of("/verify/" + certificate.id(), "/registry/people?q=ΣΤΑΜΑΤΟΠΟΥΛΟΥ");
        signedIn.putAll(AccreditationShowcase.create(accounts, passwords, organisations, applications, accreditations));
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"EN"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyPageSpeaksOnlyTheLanguageChosen(Language language) throws IOException {
        Set<String> own = vocabulary(language);
        List<String> problems = new ArrayList<>();
        for (String path : pages(language)) {
            var request = mvc.get().uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language.code());
            if (signedIn.containsKey(path)) {
                request = request.with(user(signedIn.get(path)).authorities(new SimpleGrantedAuthority("SIGNED_IN")));
            }
            Document page = Jsoup.parse(request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(language.code());
            assertThat(page.select(".fallback"))
                    .as("texts falling back to English on %s", path)
                    .isEmpty();
            page.select("[lang]:not(html), .citation, .scheme, .proper-name, script, code")
                    .remove();
            String shown = (page.body().text() + " " + page.title())
                    .replace(query(path), " ")
                    .replace(APP_NAME, " ");
            for (String word : PageWords.words(shown)) {
                boolean english = englishWords.contains(word) && !own.contains(word);
                boolean foreignLatin = (language == Language.BG || language == Language.EL)
                        && LATIN.matcher(word).find()
                        && !LATIN_NAMES.contains(word);
                if (english || foreignLatin) {
                    problems.add(path + ": " + word);
                }
            }
            for (Element labelled : page.select("[aria-label], [title], [placeholder], [alt]")) {
                for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                    for (String word : PageWords.words(labelled.attr(attribute).replace(APP_NAME, " "))) {
                        if (englishWords.contains(word) && !own.contains(word)) {
                            problems.add(path + " @" + attribute + ": " + word);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("English words on %s pages", language).isEmpty();
    }

    private List<String> pages(Language language) {
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/frameworks/skills4cities",
                "/frameworks/skills4cities/compare",
                "/frameworks/skills4cities/compare?area=B&mandatoryOnly=true",
                "/search",
                "/search?q=zzzzqqq",
                "/search?q="
                        + firstWord(framework
                                .competences()
                                .getFirst()
                                .title()
                                .in(language)
                                .text()),
                "/search?all=true&q="
                        + firstWord(framework
                                .competences()
                                .get(5)
                                .title()
                                .in(language)
                                .text()),
                "/translations",
                "/offers?unit=NONE&language=" + language.code() + "&online=true",
                "/frameworks/skills4cities/versions",
                "/frameworks/skills4cities/versions/" + framework.version() + "/history",
                "/frameworks/skills4cities/versions/" + framework.version() + "/compare",
                "/frameworks/skills4cities/competences/NOPE"));
        pages.addAll(List.of("/guide", "/guide/search", "/guide/search?q=zzzzqqq", "/guide/topics/assessment"));
        pages.addAll(List.of("/verify", "/verify/0000000000000000000000000A", "/registry/people?q=zzzzqqq"));
        pages.addAll(publicPages);
        guide.groups().forEach(group -> pages.add(group.path()));
        guide.entries().stream()
                .findFirst()
                .ifPresent(entry -> pages.add("/guide/search?q="
                        + firstWord(entry.question().in(language).text())));
        framework.roles().forEach(role -> pages.add("/frameworks/skills4cities/roles/" + role.code()));
        pages.addAll(List.of("/assessments/new", "/curricula", "/curricula/coverage", "/offers"));
        framework.roles().forEach(role -> pages.add("/curricula/roles/" + role.code()));
        pages.add("/exams/roles");
        framework.roles().forEach(role -> pages.add("/exams/roles/" + role.code()));
        pages.addAll(signedIn.keySet());
        curricula.of(framework).orElseThrow().units().forEach(unit -> pages.add("/curricula/units/" + unit.code()));
        framework.competences().stream()
                .map(FrameworkItem::code)
                .forEach(code -> pages.add("/frameworks/skills4cities/competences/" + code));
        return pages;
    }

    /**
     * Every word the language's own interface messages and framework texts use, lower-cased; a message or text left
     * the same as the English one adds nothing, so that an untranslated message is caught.
     */
    private Set<String> vocabulary(Language language) throws IOException {
        Set<String> words = new HashSet<>();
        Properties english = PageWords.messages(Language.EN);
        Properties messages = PageWords.messages(language);
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (language == Language.EN || !text.equals(english.getProperty(key))) {
                words.addAll(PageWords.words(text));
            }
        }
        List<LocalizedText> texts = new ArrayList<>();
        TranslatableText.of(framework).forEach(text -> texts.add(text.text()));
        guide.groups().forEach(group -> texts.addAll(List.of(group.title(), group.intro())));
        guide.entries().forEach(entry -> texts.addAll(List.of(entry.question(), entry.answer())));
        curricula.of(framework).orElseThrow().modules().forEach(module -> {
            texts.addAll(List.of(module.title(), module.description()));
            module.units().forEach(unit -> {
                texts.addAll(List.of(
                        unit.title(),
                        unit.description(),
                        unit.trainingMethodology(),
                        unit.evaluationMethodology(),
                        unit.testOutline()));
                texts.addAll(unit.materials());
                unit.outcomes().forEach(outcome -> texts.add(outcome.text()));
            });
        });
        for (LocalizedText text : texts) {
            String translated = text.in(language).text();
            if (language == Language.EN || !translated.equals(text.english())) {
                words.addAll(PageWords.words(translated));
            }
        }
        for (Subject subject : Subject.values()) {
            for (Criterion c : criteria.of(subject)) {
                for (String translated : List.of(c.title(language), c.description(language), c.evidence(language))) {
                    words.addAll(PageWords.words(translated));
                }
            }
        }
        return words;
    }

    /** What the user typed into the search box, which the page rightly shows back as it was. */
    private static String query(String path) {
        int at = path.indexOf("q=");
        return at < 0 ? "\u0000" : path.substring(at + 2);
    }

    private static String firstWord(String text) {
        return Stream.of(text.split("[\\s,.;:()]+"))
                .filter(w -> w.length() > 3)
                .findFirst()
                .orElse(text);
    }
}
