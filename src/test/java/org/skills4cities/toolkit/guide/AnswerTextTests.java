package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.guide.AnswerText.Span;

/** An answer becomes paragraphs at its blank lines, and the platform's paths in it become addresses. */
class AnswerTextTests {

    @Test
    void splitsParagraphsAtBlankLinesAndKeepsSingleLineBreaks() {
        List<List<Span>> paragraphs = AnswerText.paragraphs("First line\nsecond line.\n\n  \n\nNext one.\n \nLast.");

        assertThat(paragraphs)
                .containsExactly(
                        List.of(new Span("First line\nsecond line.", false)),
                        List.of(new Span("Next one.", false)),
                        List.of(new Span("Last.", false)));
    }

    @Test
    void makesPathsAddressesWithoutTheFullStopAfterThem() {
        assertThat(AnswerText.paragraphs("Open /curricula, then /curricula/units/A-U1."))
                .containsExactly(List.of(
                        new Span("Open ", false),
                        new Span("/curricula", true),
                        new Span(", then ", false),
                        new Span("/curricula/units/A-U1", true),
                        new Span(".", false)));
    }

    @Test
    void linksOnlyAddressesWithoutAVariablePart() {
        List<Span> spans = AnswerText.paragraphs("See /assessments/{id}/report or «/search».")
                .getFirst();

        assertThat(spans)
                .filteredOn(Span::address)
                .extracting(Span::text, Span::linked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/assessments/{id}/report", false),
                        org.assertj.core.groups.Tuple.tuple("/search", true));
    }

    @Test
    void leavesWordsWithSlashesAndWebAddressesAsText() {
        assertThat(AnswerText.paragraphs("and/or, и/или, https://example.org/path, 1/5"))
                .containsExactly(List.of(new Span("and/or, и/или, https://example.org/path, 1/5", false)));
    }
}
