package org.skills4cities.toolkit.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The user guide as JSON: its parts and entries in one language, filtered by group, topic and a search query. */
@RestController
@Tag(name = "Guide")
class GuideApi {

    private final UserGuide guide;
    private final MessageSource messages;

    GuideApi(UserGuide guide, MessageSource messages) {
        this.guide = guide;
        this.messages = messages;
    }

    @GetMapping("/api/v1/guide")
    @Operation(summary = "The user guide's questions and answers: all, of one group, about one topic or matching q")
    GuideAnswer guide(
            @Parameter(description = "Only this target group: learners, trainers, providers, hr, assessors")
                    @RequestParam(required = false)
                    @Nullable
                    String group,
            @Parameter(description = "Only entries about this topic, such as assessment or curricula")
                    @RequestParam(required = false)
                    @Nullable
                    String topic,
            @Parameter(description = "Only entries matching these words, best first") @RequestParam(defaultValue = "")
                    String q,
            Language language) {
        TargetGroup onlyGroup = group == null ? null : UserGuide.targetGroup(group);
        GuideTopic onlyTopic = topic == null ? null : UserGuide.topic(topic);
        Predicate<GuideEntry> wanted = entry -> (onlyGroup == null || entry.group() == onlyGroup)
                && (onlyTopic == null || entry.topics().contains(onlyTopic));
        List<GroupView> groups = guide.groups().stream()
                .filter(part -> onlyGroup == null || part.group() == onlyGroup)
                .map(part -> GroupView.of(part, language))
                .toList();
        List<EntryView> entries = q.isBlank()
                ? guide.entries().stream()
                        .filter(wanted)
                        .map(entry -> EntryView.of(entry, language, null))
                        .toList()
                : guide.search(q, language).stream()
                        .filter(hit -> wanted.test(hit.entry()))
                        .map(hit -> EntryView.of(hit.entry(), language, hit))
                        .toList();
        return new GuideAnswer(language.code(), q.isBlank() ? null : q.strip(), groups, entries);
    }

    @ExceptionHandler
    ProblemDetail notInGuide(NotInGuide e, HttpServletRequest request) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String key = "guide.problem." + e.parameter();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(key + ".detail", new Object[] {e.value()}, language.locale()));
        problem.setTitle(messages.getMessage(key + ".title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return problem;
    }

    /**
     * The language of the texts, the query searched for (when one was), the parts of the guide asked for and the
     * entries: in the guide's order, or best first for a query. Every text of the guide exists in all six languages,
     * so none falls back to English.
     */
    @JsonInclude(Include.NON_NULL)
    record GuideAnswer(String language, @Nullable String query, List<GroupView> groups, List<EntryView> entries) {}

    record GroupView(String group, String title, String intro, String path) {

        static GroupView of(GuideGroup part, Language language) {
            return new GroupView(
                    part.group().code(),
                    part.title().in(language).text(),
                    part.intro().in(language).text(),
                    part.path());
        }
    }

    /** An entry; for a query also the passage that matched (HTML, words in {@code <mark>}) and its language. */
    @JsonInclude(Include.NON_NULL)
    record EntryView(
            String id,
            String group,
            List<String> topics,
            String question,
            String answer,
            String path,
            @Nullable String highlight,
            @Nullable String matchedIn) {

        static EntryView of(GuideEntry entry, Language language, @Nullable GuideHit hit) {
            return new EntryView(
                    entry.id(),
                    entry.group().code(),
                    entry.topics().stream().map(GuideTopic::key).toList(),
                    entry.question().in(language).text(),
                    entry.answer().in(language).text(),
                    entry.path(),
                    hit == null ? null : hit.highlight(),
                    hit == null ? null : hit.language().code());
        }
    }
}
