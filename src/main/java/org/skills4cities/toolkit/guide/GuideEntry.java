package org.skills4cities.toolkit.guide;

import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;

/** One question of the guide and its answer, in six languages, with the topics (pages) it is about. */
public record GuideEntry(
        String id, TargetGroup group, List<GuideTopic> topics, LocalizedText question, LocalizedText answer) {

    public GuideEntry {
        topics = List.copyOf(topics);
    }

    /** Where the answer is shown: on its group's page, at the anchor of its id. */
    public String path() {
        return "/guide/" + group.code() + "#" + id;
    }

    /** The answer in a language as paragraphs of text and page addresses, for a page to show. */
    public List<List<AnswerText.Span>> paragraphs(Language language) {
        return AnswerText.paragraphs(answer.in(language).text());
    }
}
