package org.skills4cities.toolkit.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.translation.InterfaceMessages;

/** For the tests that look for English left on pages in other languages: the words of a text, a language's messages. */
public final class PageWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}]|\\p{L}");

    private PageWords() {}

    /**
     * The words of a text, lower-cased; words in capitals or with digits are codes and acronyms (A, SCPM, ISO, NIS2)
     * and are left out.
     */
    public static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (!word.equals(word.toUpperCase(Locale.ROOT)) && !word.matches(".*\\d.*")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The interface messages of a language, as its bundle has them. */
    public static Properties messages(Language language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = PageWords.class.getResourceAsStream("/i18n/" + InterfaceMessages.fileName(language))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
