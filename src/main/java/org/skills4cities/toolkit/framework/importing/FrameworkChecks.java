package org.skills4cities.toolkit.framework.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.TranslatableText;

/**
 * The rules every framework must keep before it is stored, whatever format it came in and however it was edited:
 * a valid slug and version, identifiers and codes used once, lengths the database holds, level descriptors on the
 * scale, and requirements that name a competence of the framework at a level of its scale. Locations name the item
 * or role by code ({@code /items/A.3}, {@code /roles/SCPM/requirements/A.3}).
 */
public final class FrameworkChecks {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    /** Versions and codes go into addresses: no slash, question mark, hash, percent or backslash, and not . or ..  */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    static final Pattern CODE_FORBIDDEN = Pattern.compile("[/\\\\?#%\\p{Cntrl}]|^\\.{1,2}$");
    /** A text may hold line breaks and tabs, but no other control character and no half of a surrogate pair. */
    static final Pattern BAD_CHARACTER = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]|[\\p{Cs}]");

    static final Pattern URL = Pattern.compile("(?i)(https?://|urn:)\\S+");
    static final int MAX_DEPTH = 32;
    static final int MAX_ITEMS = 20_000;
    static final int MAX_LEVELS = 12;
    static final int MAX_VERSION = 40;
    static final int MAX_CODE = 200;
    static final int MAX_IDENTIFIER = 1000;
    /** The longest text: a spreadsheet cell holds 32,767 characters, and every text must fit one to export. */
    static final int MAX_TEXT = 32_000;

    static final int MAX_ROLE_CODE = 40;
    static final int MAX_SCHEME = 80;
    static final int MAX_ATTRIBUTE_NAME = 100;

    private FrameworkChecks() {}

    /** Every rule the framework breaks; none when it may be stored. */
    public static List<ImportProblem> problems(Framework framework) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!SLUG.matcher(framework.slug()).matches()) {
            problems.add(ImportProblem.at("/id", "invalidSlug", framework.slug()));
        }
        if (framework.version().isBlank()) {
            problems.add(ImportProblem.at("/version", "blank", "version"));
        } else if (framework.version().length() > MAX_VERSION) {
            problems.add(ImportProblem.at("/version", "tooLong", "version", MAX_VERSION));
        } else if (!VERSION.matcher(framework.version()).matches()) {
            problems.add(ImportProblem.at("/version", "invalidVersion", framework.version()));
        }
        long items = framework.allItems().count();
        if (items > MAX_ITEMS) {
            problems.add(ImportProblem.at("/items", "tooManyItems", items, MAX_ITEMS));
            return problems;
        }
        scale(framework.proficiencyLevels(), problems);
        depth(framework.items(), 1, problems);
        attributes(problems, "/", framework.attributes());
        Set<Integer> scale = new HashSet<>();
        framework.proficiencyLevels().stream().map(ProficiencyLevel::level).forEach(scale::add);
        Map<String, String> codes = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        framework.allItems().forEach(item -> item(item, scale, codes, ids, problems));
        for (TranslatableText text : TranslatableText.of(framework)) {
            text.text().values().forEach((lang, value) -> {
                String at = "/" + text.subject() + "/" + text.code() + "/" + text.field() + "/" + lang;
                if (value.length() > MAX_TEXT) {
                    problems.add(ImportProblem.at(at, "tooLong", text.field(), MAX_TEXT));
                }
                characters(problems, at, text.field(), value);
            });
        }
        Set<String> roleCodes = new HashSet<>();
        for (RoleProfile role : framework.roles()) {
            String at = "/roles/" + role.code();
            length(problems, at, "code", role.code(), MAX_ROLE_CODE);
            if (CODE_FORBIDDEN.matcher(role.code()).find() || role.code().isBlank()) {
                problems.add(ImportProblem.at(at, "invalidCode", role.code()));
            }
            if (!roleCodes.add(role.code())) {
                problems.add(ImportProblem.at(at, "duplicateRole", role.code(), at));
            }
            if (!ids.add(role.id())) {
                problems.add(ImportProblem.at(at, "duplicateId", role.id(), at));
            }
            Set<String> required = new HashSet<>();
            for (Requirement requirement : role.requirements()) {
                String where = at + "/requirements/" + requirement.competence();
                if (!codes.containsKey(requirement.competence())) {
                    problems.add(ImportProblem.at(where, "unknownCompetence", requirement.competence()));
                }
                if (!required.add(requirement.competence())) {
                    problems.add(ImportProblem.at(where, "duplicateRequirement", requirement.competence()));
                }
                if (!scale.contains(requirement.level())) {
                    problems.add(
                            ImportProblem.at(where, "levelNotOnScale", requirement.competence(), requirement.level()));
                }
            }
        }
        return problems;
    }

    /**
     * What keeps a framework from being published, beyond the rules of every framework: each competence in use has a
     * descriptor for every level of the scale. A draft may be incomplete; what learners assess against may not.
     */
    public static List<ImportProblem> unpublishable(Framework framework) {
        List<ImportProblem> problems = new java.util.ArrayList<>(problems(framework));
        framework
                .allItems()
                .filter(item -> item.isCompetence() && item.state().isActive())
                .forEach(item -> framework.proficiencyLevels().stream()
                        .filter(level -> item.level(level.level())
                                .map(d -> d.description().isBlank())
                                .orElse(true))
                        .forEach(level -> problems.add(ImportProblem.at(
                                "/items/" + item.code(), "levelMissing", item.code(), level.level()))));
        return problems;
    }

    /** Throws when the framework breaks any rule, listing every problem. */
    public static void check(Framework framework) {
        List<ImportProblem> problems = problems(framework);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
    }

    private static void item(
            FrameworkItem item, Set<Integer> scale, Map<String, String> codes, Set<UUID> ids, List<ImportProblem> out) {
        String at = "/items/" + item.code();
        if (item.code().isBlank()) {
            out.add(ImportProblem.at(at, "blank", "code"));
        } else if (item.code().length() > MAX_CODE) {
            out.add(ImportProblem.at(at, "tooLong", "code", MAX_CODE));
        } else if (CODE_FORBIDDEN.matcher(item.code()).find()
                || !item.code().equals(item.code().strip())) {
            out.add(ImportProblem.at(at, "invalidCode", item.code()));
        }
        if (item.title().isBlank()) {
            out.add(ImportProblem.at(at, "blank", "title"));
        }
        if (item.type().isBlank()) {
            out.add(ImportProblem.at(at, "blank", "type"));
        } else if (item.type().length() > MAX_CODE) {
            out.add(ImportProblem.at(at, "tooLong", "type", MAX_CODE));
        }
        if (item.sourceIdentifier() != null && item.sourceIdentifier().length() > MAX_IDENTIFIER) {
            out.add(ImportProblem.at(at, "tooLong", "identifier", MAX_IDENTIFIER));
        }
        String first = codes.putIfAbsent(item.code(), at);
        if (first != null) {
            out.add(ImportProblem.at(at, "duplicateCode", item.code(), first));
        }
        if (!ids.add(item.id())) {
            out.add(ImportProblem.at(at, "duplicateId", item.id(), at));
        }
        for (var source : item.sources()) {
            length(out, at, "citation", source.citation(), MAX_IDENTIFIER);
            length(out, at, "url", source.url(), MAX_IDENTIFIER);
            link(out, at, "url", source.url());
        }
        for (var reference : item.references()) {
            length(out, at, "framework", reference.framework(), MAX_SCHEME);
            length(out, at, "code", reference.code(), MAX_SCHEME);
            length(out, at, "uri", reference.uri(), MAX_IDENTIFIER);
            link(out, at, "uri", reference.uri());
        }
        attributes(out, at, item.attributes());
        item.levels().stream()
                .filter(level -> !scale.contains(level.level()))
                .forEach(level -> out.add(ImportProblem.at(at, "levelNotOnScale", item.code(), level.level())));
    }

    /** Levels numbered 1 to n without gaps, each mapped to an EQF level (0 where the source maps it to none). */
    private static void scale(List<ProficiencyLevel> levels, List<ImportProblem> out) {
        if (levels.size() > MAX_LEVELS) {
            out.add(ImportProblem.at("/proficiencyLevels", "tooManyLevels", levels.size(), MAX_LEVELS));
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (ProficiencyLevel level : levels) {
            if (!numbers.add(level.level())) {
                out.add(ImportProblem.at("/proficiencyLevels", "duplicateLevel", level.level()));
            }
            if (level.eqfLevel() < 0 || level.eqfLevel() > 8) {
                out.add(ImportProblem.at("/proficiencyLevels/" + level.level(), "eqfOutOfRange", level.eqfLevel()));
            }
        }
        for (int expected = 1; expected <= levels.size(); expected++) {
            if (!numbers.contains(expected)) {
                out.add(ImportProblem.at("/proficiencyLevels", "scaleGap", expected, levels.size()));
            }
        }
    }

    private static void depth(List<FrameworkItem> items, int depth, List<ImportProblem> out) {
        for (FrameworkItem item : items) {
            if (depth > MAX_DEPTH) {
                out.add(ImportProblem.at("/items/" + item.code(), "tooDeep", item.code(), MAX_DEPTH));
                return;
            }
            depth(item.children(), depth + 1, out);
        }
    }

    private static void characters(List<ImportProblem> out, String at, String field, @Nullable String value) {
        if (value != null && BAD_CHARACTER.matcher(value).find()) {
            out.add(ImportProblem.at(at, "invalidCharacter", field));
        }
    }

    private static void link(List<ImportProblem> out, String at, String field, @Nullable String value) {
        if (value != null && !value.isBlank() && !URL.matcher(value).matches()) {
            out.add(ImportProblem.at(at, "invalidLink", field, value));
        }
    }

    private static void attributes(List<ImportProblem> out, String at, Map<String, String> attributes) {
        attributes.forEach((name, value) -> {
            length(out, at, "attribute", name, MAX_ATTRIBUTE_NAME);
            length(out, at, name, value, MAX_TEXT);
            characters(out, at, name, value);
        });
    }

    private static void length(List<ImportProblem> out, String at, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            out.add(ImportProblem.at(at, "tooLong", field, max));
        }
    }
}
