package org.skills4cities.toolkit.guide;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the guide's files, one a target group, and checks them strictly: the group is known and named like its file,
 * every title, intro, question and answer is there and not blank in all six languages, ids are lower-case slugs
 * unique across the groups, every entry has topics and each is a known one, and no field is misspelt. Every
 * problem is collected, each naming its file, entry and field; content with any problem is refused as a whole.
 */
final class GuideFiles {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> GROUP_FIELDS = Set.of("group", "title", "intro", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "topics", "question", "answer");
    private static final List<String> GROUPS =
            Arrays.stream(TargetGroup.values()).map(TargetGroup::code).toList();
    private static final List<String> TOPICS =
            Arrays.stream(GuideTopic.values()).map(GuideTopic::key).toList();
    private static final Set<String> LANGUAGES =
            Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toUnmodifiableSet());
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> idFiles = new HashMap<>();
    private final Map<TargetGroup, GuideGroup> groups = new EnumMap<>(TargetGroup.class);

    private GuideFiles() {}

    /** The groups the files hold, in the guide's order. */
    static List<GuideGroup> read(List<Resource> files) {
        GuideFiles reader = new GuideFiles();
        files.stream()
                .sorted(Comparator.comparing(file -> String.valueOf(file.getFilename())))
                .forEach(reader::file);
        if (!reader.problems.isEmpty()) {
            throw new GuideContentRejected(reader.problems);
        }
        return List.copyOf(reader.groups.values());
    }

    /** Where a problem is: a file and, inside it, an entry (by id, or by position when it has none). */
    private record Place(String file, @Nullable String entry) {

        String at(String field) {
            return file + (entry == null ? "" : ", entry " + entry) + (field.isEmpty() ? "" : ", " + field);
        }
    }

    private void file(Resource file) {
        Place place = new Place(String.valueOf(file.getFilename()), null);
        JsonNode root = parse(file, place);
        if (root == null) {
            return;
        }
        misspelt(place, root, "", GROUP_FIELDS);
        TargetGroup group = group(place, root);
        LocalizedText title = texts(place, root, "title");
        LocalizedText intro = texts(place, root, "intro");
        List<GuideEntry> entries = entries(place, root, group == null ? TargetGroup.LEARNERS : group);
        if (group != null && groups.putIfAbsent(group, new GuideGroup(group, title, intro, entries)) != null) {
            problem(place, "group", "group " + group.code() + " is in another file too");
        }
    }

    private @Nullable JsonNode parse(Resource file, Place place) {
        try (InputStream in = file.getInputStream()) {
            JsonNode root = JSON.readTree(in);
            if (root != null && root.isObject()) {
                return root;
            }
            problem(place, "", "must hold one JSON object");
        } catch (JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problem(place, where, "is not valid JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            problem(place, "", "cannot be read: " + unreadable.getMessage());
        }
        return null;
    }

    private @Nullable TargetGroup group(Place place, JsonNode root) {
        String code = string(root.get("group"));
        TargetGroup group = TargetGroup.ofCode(code).orElse(null);
        if (group == null) {
            problem(place, "group", "'" + code + "' is not one of " + GROUPS);
        } else if (!place.file().equals(code + ".json")) {
            problem(place, "group", "group " + code + " belongs in " + code + ".json");
        }
        return group;
    }

    private List<GuideEntry> entries(Place place, JsonNode root, TargetGroup group) {
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            problem(place, "entries", "must be a list of at least one entry");
            return List.of();
        }
        List<GuideEntry> read = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : entries.values()) {
            String label = "entries[" + position++ + "]";
            if (!entry.isObject()) {
                problem(place, label, "must be an object");
                continue;
            }
            read.add(entry(place, label, entry, group));
        }
        return read;
    }

    private GuideEntry entry(Place file, String label, JsonNode entry, TargetGroup group) {
        String id = string(entry.get("id"));
        Place place = new Place(file.file(), ID.matcher(id).matches() ? id : label);
        if (!ID.matcher(id).matches()) {
            problem(place, "id", "'" + id + "' must be a lower-case slug such as how-do-i-start");
        } else if (idFiles.putIfAbsent(id, file.file()) != null) {
            problem(place, "id", "is used in " + idFiles.get(id) + " already; ids are unique across the groups");
        }
        misspelt(place, entry, "", ENTRY_FIELDS);
        return new GuideEntry(
                id, group, topics(place, entry), texts(place, entry, "question"), texts(place, entry, "answer"));
    }

    private List<GuideTopic> topics(Place place, JsonNode entry) {
        JsonNode topics = entry.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            problem(place, "topics", "must list at least one topic of " + TOPICS);
            return List.of();
        }
        List<GuideTopic> known = new ArrayList<>();
        for (JsonNode topic : topics.values()) {
            String key = string(topic);
            GuideTopic.ofKey(key)
                    .ifPresentOrElse(
                            known::add, () -> problem(place, "topics", "'" + key + "' is not one of " + TOPICS));
        }
        return known;
    }

    /** A text in all six languages, none of them blank. */
    private LocalizedText texts(Place place, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            problem(place, field, "must be an object with the texts in en, bg, ro, de, es and el");
            return LocalizedText.EMPTY;
        }
        misspelt(place, value, field + ".", LANGUAGES);
        Map<String, String> texts = new HashMap<>();
        for (Language language : Language.values()) {
            String text = string(value.get(language.code())).strip();
            if (text.isEmpty()) {
                problem(place, field + "." + language.code(), "is missing or blank");
            } else {
                texts.put(language.code(), text);
            }
        }
        return new LocalizedText(texts);
    }

    private void misspelt(Place place, JsonNode node, String prefix, Set<String> known) {
        node.propertyNames().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .forEach(name -> problem(place, prefix + name, "is not a field of the guide format"));
    }

    private void problem(Place place, String field, String what) {
        problems.add(place.at(field) + ": " + what);
    }

    private static String string(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : "";
    }
}
