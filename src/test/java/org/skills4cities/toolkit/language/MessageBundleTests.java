package org.skills4cities.toolkit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every interface message exists in every language, in valid UTF-8, with the placeholders of the English one. */
class MessageBundleTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void holdsEveryMessageInValidUtf8(Language language) throws IOException {
        Properties english = bundle("messages.properties");
        Properties translated =
                bundle(language == Language.EN ? "messages.properties" : "messages_" + language.code() + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank().doesNotContain("\uFFFD");
            assertThat(placeholders(text))
                    .as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"RO"})
    void writesRomanianWithCommaBelow(Language language) throws IOException {
        Properties romanian = bundle("messages_" + language.code() + ".properties");

        assertThat(romanian.values())
                .allSatisfy(text -> assertThat((String) text).doesNotContainPattern("[şţŞŢ]"));
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            byte[] bytes = in.readAllBytes();
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        } catch (CharacterCodingException invalid) {
            throw new AssertionError(name + " is not valid UTF-8", invalid);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
