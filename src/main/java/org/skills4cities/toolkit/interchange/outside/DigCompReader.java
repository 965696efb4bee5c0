package org.skills4cities.toolkit.interchange.outside;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.outside.DigCompNodes.Node;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JRC's DigComp 3.0 data supplement (JSON-LD) into a draft framework in English: the 5 competence areas
 * with their 21 competences, the 8 proficiency levels, the competence statements as level descriptors, the learning
 * outcomes as knowledge, skill and attitude statements, and the glossary in the framework's attributes
 * ({@code Glossary/Accessibility} and so on). See {@link DigCompScale} for the EQF levels, {@link DigCompCompetence}
 * for the descriptors, and {@code docs/outside-frameworks.md} for the whole mapping.
 */
@Component
class DigCompReader implements FrameworkReader {

    static final String DEFAULT_SLUG = "digcomp";
    static final String DEFAULT_VERSION = "3.0";
    static final String ATTRIBUTION = "DigComp 3.0, European Commission, Joint Research Centre (JRC144121)";

    /** The longest attribute name the database keeps. */
    private static final int MAX_ATTRIBUTE_NAME = 100;

    private final JsonMapper json;

    DigCompReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String format() {
        return "digcomp";
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        FrameworkName name = FrameworkName.of(options, DEFAULT_SLUG, DEFAULT_VERSION);
        JsonNode root = parse(content, problems);
        DigCompNodes nodes = new DigCompNodes(root, problems, warnings);
        DigCompScale scale = DigCompScale.read(nodes);
        List<FrameworkItem> areas = new DigCompTree(nodes, scale, name.slug()).areas();
        Map<String, String> attributes = new LinkedHashMap<>(scale.attributes());
        glossary(nodes, attributes);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        Framework framework = name.draft(
                "DigComp 3.0",
                "The digital competence framework of the European Union, read from its data supplement. "
                        + ATTRIBUTION
                        + ".",
                scale.levels(),
                areas,
                attributes);
        return new FrameworkReading(framework, warnings);
    }

    private JsonNode parse(byte[] content, List<ImportProblem> problems) {
        JsonNode root;
        try {
            root = json.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String location = at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(ImportProblem.at(location, "invalidJson", malformed.getOriginalMessage()));
            throw new FrameworkRejected(problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(ImportProblem.at("/", "notObject"));
            throw new FrameworkRejected(problems);
        }
        return root;
    }

    /** The glossary entries as attributes named by their ids, whose length the database limits. */
    private static void glossary(DigCompNodes nodes, Map<String, String> attributes) {
        for (Node node : nodes.of(DigCompNodes.GLOSSARY)) {
            if (node.id().length() > MAX_ATTRIBUTE_NAME) {
                nodes.warning(node.pointer() + "/@id", "tooLong", "@id", MAX_ATTRIBUTE_NAME);
            } else {
                nodes.text(node, "explanation").ifPresent(text -> attributes.put(node.id(), text));
            }
        }
    }
}
