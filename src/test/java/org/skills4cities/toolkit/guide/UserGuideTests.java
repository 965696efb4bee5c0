package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skills4cities.toolkit.language.Language;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The guide reads its group files at start and refuses content with a problem, naming file, entry and field. */
class UserGuideTests {

    static final String FIXTURE = "classpath:guide-fixture/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    static UserGuide load(String location) throws IOException {
        return new UserGuide(location, new PathMatchingResourcePatternResolver());
    }

    @Test
    void readsTheGroupsInTheGuidesOrderWithTheirEntries() throws IOException {
        try (UserGuide guide = load(FIXTURE)) {
            assertThat(guide.groups())
                    .extracting(GuideGroup::group)
                    .containsExactly(TargetGroup.LEARNERS, TargetGroup.TRAINERS);
            assertThat(guide.groups().getFirst().entries())
                    .extracting(GuideEntry::id)
                    .containsExactly("learners-which-level", "learners-self-assessment", "learners-gap-report");
            assertThat(guide.groups().get(1).title().in(Language.EL).text()).isEqualTo("Εκπαιδευτές");
            assertThat(guide.entries()).hasSize(6);
        }
    }

    @Test
    void collectsTheEntriesAboutATopicFromEveryGroup() throws IOException {
        try (UserGuide guide = load(FIXTURE)) {
            assertThat(guide.about(GuideTopic.ASSESSMENT))
                    .flatExtracting(GuideGroup::entries)
                    .extracting(GuideEntry::id)
                    .containsExactly("learners-self-assessment", "trainers-validation");
            assertThat(guide.about(GuideTopic.TEAM_VIEW)).isEmpty();
        }
    }

    @Test
    void startsEmptyWhereThereAreNoFiles() throws IOException {
        try (UserGuide guide = load("classpath:no-such-folder/")) {
            assertThat(guide.groups()).isEmpty();
        }
        try (UserGuide guide = load("file:" + folder.resolve("none") + "/")) {
            assertThat(guide.groups()).isEmpty();
        }
    }

    @Test
    void refusesAnEntryWithoutOneOfTheSixLanguages() throws IOException {
        copy("learners", entry(1, e -> ((ObjectNode) e.get("answer")).remove("el")));
        copy("trainers", root -> {});

        assertRefused("learners.json, entry learners-self-assessment, answer.el: is missing or blank");
    }

    @Test
    void refusesABlankTitle() throws IOException {
        copy("learners", root -> ((ObjectNode) root.get("title")).put("bg", "  "));

        assertRefused("learners.json, title.bg: is missing or blank");
    }

    @Test
    void refusesAnIdUsedInTwoGroups() throws IOException {
        copy("learners", root -> {});
        copy("trainers", entry(2, e -> e.put("id", "learners-gap-report")));

        assertRefused("trainers.json, entry learners-gap-report, id: is used in learners.json already");
    }

    @Test
    void refusesAnUnknownTopic() throws IOException {
        copy("learners", entry(0, e -> ((ArrayNode) e.get("topics")).add("exams")));

        assertRefused("learners.json, entry learners-which-level, topics: 'exams' is not one of [explorer, ");
    }

    @Test
    void refusesAMisspeltFieldAndAnIdThatIsNoSlug() throws IOException {
        copy("learners", entry(2, e -> e.set("anwser", e.get("answer")).put("id", "Gap Report")));

        assertRefused(
                "learners.json, entry entries[2], id: 'Gap Report' must be a lower-case slug",
                "learners.json, entry entries[2], anwser: is not a field of the guide format");
    }

    @Test
    void refusesAGroupInAnotherGroupsFile() throws IOException {
        Files.writeString(folder.resolve("hr.json"), fixture("trainers"), StandardCharsets.UTF_8);

        assertRefused("hr.json, group: group trainers belongs in trainers.json");
    }

    @Test
    void refusesMalformedJsonNamingTheLine() throws IOException {
        Files.writeString(folder.resolve("learners.json"), "{\n  \"group\": \"learners\",\n  \"title\": {,\n}");

        assertRefused("learners.json, line 3, column");
    }

    private void assertRefused(String... problems) {
        assertThatThrownBy(() -> load("file:" + folder + "/"))
                .isInstanceOf(GuideContentRejected.class)
                .satisfies(e -> assertThat(((GuideContentRejected) e).problems())
                        .allSatisfy(problem -> assertThat(problem).doesNotContain("null"))
                        .anySatisfy(problem -> assertThat(problem).startsWith(problems[0])))
                .hasMessageContaining(problems[problems.length - 1]);
    }

    private static Consumer<ObjectNode> entry(int index, Consumer<ObjectNode> change) {
        return root -> change.accept((ObjectNode) root.get("entries").get(index));
    }

    private void copy(String group, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture(group));
        change.accept(root);
        Files.writeString(folder.resolve(group + ".json"), JSON.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    private static String fixture(String group) throws IOException {
        try (var in = UserGuideTests.class.getResourceAsStream("/guide-fixture/" + group + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
