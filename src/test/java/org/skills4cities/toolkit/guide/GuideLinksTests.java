package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages the guide explains link to its entries about them, and every such link names a topic the guide has. */
class GuideLinksTests {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private static final Pattern LINK =
            Pattern.compile("@template\\.tag\\.guide-link\\(page = page, topic = \"([^\"]*)\"\\)");

    @Test
    void everyGuideLinkNamesAKnownTopic() throws IOException {
        assertThat(links().values())
                .allSatisfy(
                        topic -> assertThat(GuideTopic.ofKey(topic)).as(topic).isPresent());
    }

    @Test
    void thePagesTheGuideExplainsLinkToIt() throws IOException {
        assertThat(links())
                .containsEntry("framework.jte", "explorer")
                .containsEntry("competence.jte", "competence")
                .containsEntry("role.jte", "roles")
                .containsEntry("compare.jte", "compare")
                .containsEntry("search.jte", "search")
                .containsEntry("account/account.jte", "account")
                .containsEntry("admin/organisation.jte", "organisation")
                .containsEntry("authoring/versions.jte", "adaptation")
                .containsEntry("authoring/editor.jte", "editing")
                .containsEntry("authoring/import.jte", "import-export")
                .containsEntry("translations.jte", "translations");
    }

    /** The topic each template links to, by the template's path. */
    private static Map<String, String> links() throws IOException {
        Map<String, String> links = new TreeMap<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            templates.filter(path -> path.toString().endsWith(".jte")).forEach(path -> {
                Matcher link = LINK.matcher(read(path));
                if (link.find()) {
                    links.put(TEMPLATES.relativize(path).toString().replace('\\', '/'), link.group(1));
                }
            });
        }
        return links;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
