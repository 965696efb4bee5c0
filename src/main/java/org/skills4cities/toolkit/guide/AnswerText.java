package org.skills4cities.toolkit.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's plain text as the guide pages show it: paragraphs, split at blank lines, of text and page addresses
 * such as {@code /curricula}. The pages escape every span and link the addresses that have no variable part; the
 * text itself never becomes HTML.
 */
public final class AnswerText {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    /** A path of the platform, standing alone: not the end of a longer address, not part of a word ("and/or"). */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}_/:])/[a-z][\\w/{}.-]*");

    private AnswerText() {}

    /** A piece of a paragraph: text, or a page address ({@code linked} when it names one page, not a pattern). */
    public record Span(String text, boolean address) {

        public boolean linked() {
            return address && !text.contains("{");
        }
    }

    static List<List<Span>> paragraphs(String text) {
        List<List<Span>> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(
                        spans(paragraph.strip().lines().map(String::strip).toList()));
            }
        }
        return List.copyOf(paragraphs);
    }

    private static List<Span> spans(List<String> lines) {
        String paragraph = String.join("\n", lines);
        List<Span> spans = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(paragraph);
        int at = 0;
        while (matcher.find()) {
            String address = matcher.group().replaceAll("[.-]+$", "");
            if (matcher.start() > at) {
                spans.add(new Span(paragraph.substring(at, matcher.start()), false));
            }
            spans.add(new Span(address, true));
            at = matcher.start() + address.length();
        }
        if (at < paragraph.length()) {
            spans.add(new Span(paragraph.substring(at), false));
        }
        return List.copyOf(spans);
    }
}
