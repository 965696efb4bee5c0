package org.skills4cities.toolkit.guide;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The user guide, read once at start from the group files ({@code *.json}) in {@code toolkit.guide.location}: the
 * parts for each target group in a fixed order, the entries about each topic, and search. Content with any problem
 * stops the start with a message naming each problem's file, entry and field; a group without a file is left out.
 */
@Service
public class UserGuide implements AutoCloseable {

    /** Where the guide's files are unless {@code toolkit.guide.location} says otherwise: in the application. */
    public static final String DEFAULT_LOCATION = "classpath:guide/";

    private static final Logger log = LoggerFactory.getLogger(UserGuide.class);

    private final List<GuideGroup> groups;
    private final GuideIndex index;

    UserGuide(
            @Value("${toolkit.guide.location:" + DEFAULT_LOCATION + "}") String location,
            ResourcePatternResolver resources)
            throws IOException {
        String folder = location.endsWith("/") ? location : location + "/";
        this.groups = resources.getResource(folder).exists()
                ? GuideFiles.read(Arrays.asList(resources.getResources(folder + "*.json")))
                : List.of();
        this.index = new GuideIndex(entries());
        if (groups.isEmpty()) {
            log.warn("No user guide files in {}: the guide is empty", folder);
        } else {
            log.info(
                    "Read the user guide from {}: {} groups, {} entries",
                    folder,
                    groups.size(),
                    entries().size());
        }
    }

    /** The parts of the guide there are, in the order learners, trainers, providers, HR, assessors. */
    public List<GuideGroup> groups() {
        return groups;
    }

    public Optional<GuideGroup> group(TargetGroup group) {
        return groups.stream().filter(part -> part.group() == group).findFirst();
    }

    /** Every entry, group by group in the guide's order. */
    public List<GuideEntry> entries() {
        return groups.stream().flatMap(part -> part.entries().stream()).toList();
    }

    /** The parts of the guide with only their entries about the topic; parts without any are left out. */
    public List<GuideGroup> about(GuideTopic topic) {
        return groups.stream()
                .map(part -> new GuideGroup(
                        part.group(),
                        part.title(),
                        part.intro(),
                        part.entries().stream()
                                .filter(entry -> entry.topics().contains(topic))
                                .toList()))
                .filter(part -> !part.entries().isEmpty())
                .toList();
    }

    /**
     * The entries that match the query, best first: found in the reader's language, or, ranked lower, in another of
     * the six. A blank, over-long or over-complex query is refused with {@link
     * org.skills4cities.toolkit.search.InvalidSearch}.
     */
    public List<GuideHit> search(String query, Language language) {
        return index.search(query, language);
    }

    /** The target group of a code, or {@link NotInGuide} for a code that names none. */
    public static TargetGroup targetGroup(String code) {
        return TargetGroup.ofCode(code).orElseThrow(() -> new NotInGuide("group", code));
    }

    /** The topic of a key, or {@link NotInGuide} for a key that names none. */
    public static GuideTopic topic(String key) {
        return GuideTopic.ofKey(key).orElseThrow(() -> new NotInGuide("topic", key));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
