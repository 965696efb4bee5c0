package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the credential module can return is in the English bundle (the bundle test does the rest). */
class CredentialMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/org/skills4cities/toolkit/credential");
    private static final Pattern FULL_KEY = Pattern.compile("\"(credential\\.[a-z-]+\\.[a-z0-9-]+)\"");
    private static final Pattern MODEL_KEY =
            Pattern.compile("(?:add\\([^;]*?,\\s*|->\\s*)\"([a-z][a-z0-9-]*)\"", Pattern.DOTALL);

    @Test
    void everyReturnedKeyIsInTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                collect(FULL_KEY.matcher(source), "", keys);
                if (Set.of("Problems.java", "DataModelChecks.java", "ContextRules.java", "Expansion.java")
                        .contains(file.getFileName().toString())) {
                    collect(MODEL_KEY.matcher(source), "credential.model.", keys);
                }
            }
        }
        for (Outcome outcome : Outcome.values()) {
            keys.add("credential.outcome." + label(outcome));
        }
        for (CheckKind kind : CheckKind.values()) {
            keys.add("credential.kind." + label(kind));
        }
        for (CheckResult result : CheckResult.values()) {
            keys.add("credential.result." + label(result));
        }

        assertThat(keys).hasSizeGreaterThan(60);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    private static void collect(Matcher matcher, String prefix, Set<String> keys) {
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1));
        }
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
