package org.skills4cities.toolkit.interchange.outside;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.DerivedIdentifiers;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.outside.EscoCsv.Row;
import org.springframework.stereotype.Component;

/**
 * Reads an ESCO skills collection (the CSV export, such as the ICT or transversal skills collection) into a draft
 * framework in English. Each skill becomes an item of type {@code skill} under its first broader concept that is not
 * itself a skill of the file; those broader concepts are the top-level items, of type {@code skill-group}, and a skill
 * without one is a top-level item itself. The
 * concept URI is the source identifier, kept exactly, and a reference to ESCO; the other cells (alternative labels,
 * every broader concept, skill type, reuse level ...) stay in the attributes under their column names, as written.
 * ESCO has no proficiency levels, so the framework has none. Codes come from {@link EscoCodes}; the mapping is in
 * {@code docs/outside-frameworks.md}.
 */
@Component
class EscoSkillsReader implements FrameworkReader {

    static final String DEFAULT_SLUG = "esco-skills";
    static final String DEFAULT_VERSION = "1.0";
    static final String SKILL = "skill";
    static final String SKILL_GROUP = "skill-group";
    static final String ESCO = "ESCO";
    static final String ATTRIBUTION = "ESCO, European Commission";

    private static final String URI = "conceptUri";
    private static final String LABEL = "preferredLabel";
    private static final String DESCRIPTION = "description";
    private static final String BROADER = "broaderConceptUri";
    private static final String BROADER_LABELS = "broaderConceptPT";
    private static final List<String> MAPPED = List.of(URI, LABEL, DESCRIPTION);

    @Override
    public String format() {
        return "esco";
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        List<ImportProblem> problems = new ArrayList<>();
        FrameworkName name = FrameworkName.of(options, DEFAULT_SLUG, DEFAULT_VERSION);
        EscoCsv csv = EscoCsv.read(content, List.of(URI, LABEL), problems);
        List<Skill> skills = skills(csv, problems);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        Framework framework = name.draft(
                "ESCO skills",
                "Skills of an ESCO skills collection, under their broader concepts. " + ATTRIBUTION + ".",
                List.of(),
                tree(skills, name.slug()),
                Map.of());
        return new FrameworkReading(framework, List.of());
    }

    /**
     * One skill of the file: its broader concepts by URI with their labels, in the order the file gives them, and
     * the cells the toolkit has no field for.
     */
    private record Skill(
            String uri,
            String label,
            String description,
            Map<String, String> broader,
            Map<String, String> attributes) {}

    private static List<Skill> skills(EscoCsv csv, List<ImportProblem> problems) {
        List<Skill> skills = new ArrayList<>();
        Map<String, Row> seen = new HashMap<>();
        for (Row row : csv.rows()) {
            String uri = Texts.clean(csv.cell(row, URI));
            String label = Texts.clean(csv.cell(row, LABEL));
            if (csv.has(URI) && uri.isEmpty()) {
                problems.add(ImportProblem.at(csv.location(row, URI), "blank", URI));
            }
            if (csv.has(LABEL) && label.isEmpty()) {
                problems.add(ImportProblem.at(csv.location(row, LABEL), "blank", LABEL));
            }
            Row first = uri.isEmpty() ? null : seen.putIfAbsent(uri, row);
            if (first != null) {
                problems.add(ImportProblem.at(csv.location(row, URI), "duplicateId", uri, "line " + first.line()));
            }
            Map<String, String> broader = broader(csv, row, problems);
            if (!uri.isEmpty() && !label.isEmpty() && first == null) {
                String description = Texts.clean(csv.cell(row, DESCRIPTION));
                skills.add(new Skill(uri, label, description, broader, csv.otherCells(row, MAPPED)));
            }
        }
        return skills;
    }

    /** The broader concepts of a row: URIs and their labels, two lists of the same length. */
    private static Map<String, String> broader(EscoCsv csv, Row row, List<ImportProblem> problems) {
        List<String> uris = list(csv.cell(row, BROADER));
        List<String> labels = list(csv.cell(row, BROADER_LABELS));
        if (uris.size() != labels.size()) {
            String at = csv.location(row, csv.has(BROADER_LABELS) ? BROADER_LABELS : BROADER);
            problems.add(ImportProblem.at(at, "escoBroaderLabels", uris.size(), labels.size()));
            return Map.of();
        }
        Map<String, String> broader = new LinkedHashMap<>();
        for (int i = 0; i < uris.size(); i++) {
            broader.putIfAbsent(uris.get(i), labels.get(i));
        }
        return broader;
    }

    /** The values of a list cell: ESCO separates them by {@code |} or by line breaks. */
    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[|\\n]"))
                .map(Texts::clean)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /**
     * The groups, each with the skills whose first broader concept outside the file it is, and the skills without
     * such a concept. A broader concept that is first for no skill makes no group: it would show empty, though some
     * skills name it; the attributes of those skills keep it.
     */
    private static List<FrameworkItem> tree(List<Skill> skills, String slug) {
        Set<String> skillUris = skills.stream().map(Skill::uri).collect(Collectors.toSet());
        Map<String, List<Skill>> groups = new LinkedHashMap<>();
        List<Skill> ungrouped = new ArrayList<>();
        for (Skill skill : skills) {
            skill.broader().keySet().stream()
                    .filter(uri -> !skillUris.contains(uri))
                    .findFirst()
                    .ifPresentOrElse(
                            group -> groups.computeIfAbsent(group, g -> new ArrayList<>())
                                    .add(skill),
                            () -> ungrouped.add(skill));
        }
        EscoCodes codes = new EscoCodes();
        List<FrameworkItem> items = new ArrayList<>();
        groups.forEach((uri, members) -> {
            String code = codes.of(uri);
            List<FrameworkItem> children = members.stream()
                    .map(skill -> skill(skill, codes.of(skill.uri()), slug))
                    .toList();
            String label = members.getFirst().broader().get(uri);
            items.add(item(slug, code, SKILL_GROUP, uri, label, "", children, Map.of()));
        });
        ungrouped.forEach(skill -> items.add(skill(skill, codes.of(skill.uri()), slug)));
        return items;
    }

    private static FrameworkItem skill(Skill skill, String code, String slug) {
        return item(slug, code, SKILL, skill.uri(), skill.label(), skill.description(), List.of(), skill.attributes());
    }

    private static FrameworkItem item(
            String slug,
            String code,
            String type,
            String uri,
            String label,
            String description,
            List<FrameworkItem> children,
            Map<String, String> attributes) {
        LocalizedText title = LocalizedText.english(label);
        return new FrameworkItem(
                DerivedIdentifiers.item(slug, code),
                code,
                type,
                title,
                description.isEmpty() ? LocalizedText.EMPTY : LocalizedText.english(description),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new ExternalReference(ESCO, null, uri, title)),
                children,
                uri,
                attributes,
                ItemState.ACTIVE);
    }
}
