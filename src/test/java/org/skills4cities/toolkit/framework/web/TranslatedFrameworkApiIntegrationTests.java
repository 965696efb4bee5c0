package org.skills4cities.toolkit.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/frameworks/skills4cities?lang=…} answers every area, competence, level descriptor, statement and
 * role text in the language asked for: nothing marked as fallback, and no text left equal to the English one except
 * identifiers, codes, links and citations, and the few proper names listed here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranslatedFrameworkApiIntegrationTests {

    /** Fields that are not translated text: identifiers, codes, links, numbers, citations. */
    private static final Set<String> NOT_TEXT = Set.of(
            "id",
            "code",
            "version",
            "status",
            "language",
            "languages",
            "uri",
            "url",
            "citation",
            "framework",
            "type",
            "area",
            "role",
            "competence",
            "fallback");

    /** Texts that are the same in every language because they are names. */
    private static final Set<String> PROPER_NAMES = Set.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"EN"},
            mode = EnumSource.Mode.EXCLUDE)
    void answersEveryTextInTheLanguageAskedFor(Language language) throws Exception {
        JsonNode english = framework(Language.EN);
        JsonNode translated = framework(language);

        assertThat(translated.path("language").asString()).isEqualTo(language.code());
        assertThat(translated.findValues("fallback")).as("fallback markers").isEmpty();
        List<String> untranslated = new ArrayList<>();
        int[] compared = {0};
        compare("", english, translated, untranslated, compared);
        assertThat(untranslated)
                .as("texts equal to the English in %s", language)
                .isEmpty();
        assertThat(compared[0]).as("texts compared").isGreaterThan(800);
    }

    private JsonNode framework(Language language) throws Exception {
        String body = mvc.get()
                .uri("/api/v1/frameworks/skills4cities?lang=" + language.code())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static void compare(
            String pointer, JsonNode english, JsonNode translated, List<String> untranslated, int[] compared) {
        if (english.isObject()) {
            for (Map.Entry<String, JsonNode> field : english.properties()) {
                if (!NOT_TEXT.contains(field.getKey())) {
                    compare(
                            pointer + "/" + field.getKey(),
                            field.getValue(),
                            translated.path(field.getKey()),
                            untranslated,
                            compared);
                }
            }
        } else if (english.isArray()) {
            for (int i = 0; i < english.size(); i++) {
                compare(pointer + "/" + i, english.get(i), translated.path(i), untranslated, compared);
            }
        } else if (english.isString()) {
            compared[0]++;
            String text = english.asString();
            if (text.equals(translated.asString()) && !PROPER_NAMES.contains(text)) {
                untranslated.add(pointer + ": " + text);
            }
        }
    }
}
