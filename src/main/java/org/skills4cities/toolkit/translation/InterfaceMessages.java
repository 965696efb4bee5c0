package org.skills4cities.toolkit.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.language.Language;

/**
 * The interface message bundles as files: which keys each language's own bundle holds, read as strict UTF-8 so that a
 * broken file is reported, not silently repaired into U+FFFD.
 */
public final class InterfaceMessages {

    private static final String FOLDER = "i18n/";

    /** The bundles are part of the application and never change while it runs: each is read once. */
    private static final Map<Language, Coverage> COVERAGE = new ConcurrentHashMap<>();

    private InterfaceMessages() {}

    /** The coverage of one language's bundle against the English one. */
    public static Coverage coverage(Language language) {
        return COVERAGE.computeIfAbsent(language, InterfaceMessages::compute);
    }

    private static Coverage compute(Language language) {
        Bundle english = read(Language.DEFAULT);
        Bundle bundle = language == Language.DEFAULT ? english : read(language);
        List<String> missing = new ArrayList<>();
        for (String key : english.properties().stringPropertyNames()) {
            String text = bundle.properties().getProperty(key);
            if (text == null || text.isBlank() || text.contains("\uFFFD")) {
                missing.add(key);
            }
        }
        missing.sort(null);
        int total = english.properties().size();
        return new Coverage(total, total - missing.size(), List.copyOf(missing), bundle.problems());
    }

    /** The bundle file of a language: English is the base file, others carry the language code. */
    public static String fileName(Language language) {
        return language == Language.DEFAULT ? "messages.properties" : "messages_" + language.code() + ".properties";
    }

    private static Bundle read(Language language) {
        String name = FOLDER + fileName(language);
        List<String> problems = new ArrayList<>();
        Properties properties = new Properties();
        try (InputStream in = InterfaceMessages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                problems.add(name + " does not exist");
                return new Bundle(properties, problems);
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            properties.load(new StringReader(text));
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                if (properties.getProperty(key).contains("\uFFFD")) {
                    problems.add(name + ": " + key + " contains U+FFFD, a character lost in an earlier conversion");
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(name + " is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + name + " failed", e);
        }
        return new Bundle(properties, List.copyOf(problems));
    }

    private record Bundle(Properties properties, List<String> problems) {}

    /**
     * How many of the English messages a language has, the keys it lacks, and what is wrong with its file (not UTF-8,
     * U+FFFD in a message).
     */
    public record Coverage(int total, int translated, List<String> missing, List<String> problems) {}
}
