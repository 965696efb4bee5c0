package org.skills4cities.toolkit.framework.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.framework.importing.DocumentNodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a framework document, the toolkit's own JSON format described in {@code docs/framework-format.md}, into a
 * {@link Framework}, or into the list of every problem that keeps it from being one.
 */
public final class FrameworkDocumentReader {

    private static final int VERSION_LENGTH = 40;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final JsonMapper json;

    public FrameworkDocumentReader(JsonMapper json) {
        this.json = json;
    }

    /** The outcome of reading: a framework when there were no problems. */
    public record Result(@Nullable Framework framework, List<ImportProblem> problems) {

        public Framework orThrow() {
            if (framework == null || !problems.isEmpty()) {
                throw new FrameworkRejected(problems);
            }
            return framework;
        }
    }

    public Result read(InputStream document) {
        JsonNode root;
        try {
            root = json.readTree(new String(document.readAllBytes(), StandardCharsets.UTF_8));
        } catch (JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String location = at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return rejected(ImportProblem.at(location, "invalidJson", malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            return rejected(ImportProblem.at("/", "unreadable", String.valueOf(unreadable.getMessage())));
        }
        if (root == null || !root.isObject()) {
            return rejected(ImportProblem.at("/", "notObject"));
        }
        return new Walk(root).run();
    }

    private static Result rejected(ImportProblem problem) {
        return new Result(null, List.of(problem));
    }

    /** One pass over one document. */
    private static final class Walk {

        private final JsonNode root;
        private final DocumentNodes nodes = new DocumentNodes();
        private final ItemChecks checks = new ItemChecks(nodes);
        private String slug = "";

        Walk(JsonNode root) {
            this.root = root;
        }

        Result run() {
            slug = nodes.text(root, "", "id", true, DocumentNodes.MAX_CODE).orElse("");
            if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
                nodes.problem("/id", "invalidSlug", slug);
            }
            String version =
                    nodes.text(root, "", "version", true, VERSION_LENGTH).orElse("");
            FrameworkStatus status = status();
            FrameworkVersion basedOn = basedOn();
            List<String> languages = nodes.languages(root, "", "languages");
            LocalizedText title = nodes.localized(root, "", "title", true);
            LocalizedText description = nodes.localized(root, "", "description", false);
            List<ProficiencyLevel> scale = scale();
            checks.scale(scale);
            List<FrameworkItem> items = items(root, "");
            var roles = new RoleReader(nodes, checks).roles(root, slug);
            Framework framework = new Framework(
                    UUID.randomUUID(),
                    slug,
                    version,
                    status,
                    basedOn,
                    languages,
                    title,
                    description,
                    scale,
                    items,
                    roles);
            List<ImportProblem> problems = nodes.problems();
            return new Result(problems.isEmpty() ? framework : null, List.copyOf(problems));
        }

        private FrameworkStatus status() {
            return nodes.text(root, "", "status", false)
                    .map(code -> FrameworkStatus.ofCode(code).orElseGet(() -> {
                        nodes.problem("/status", "invalidStatus", code);
                        return FrameworkStatus.DRAFT;
                    }))
                    .orElse(FrameworkStatus.DRAFT);
        }

        private @Nullable FrameworkVersion basedOn() {
            JsonNode node = root.get("basedOn");
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                nodes.problem("/basedOn", "notObject");
                return null;
            }
            Optional<String> baseSlug = nodes.text(node, "/basedOn", "id", true);
            Optional<String> baseVersion = nodes.text(node, "/basedOn", "version", true);
            return baseSlug.isPresent() && baseVersion.isPresent()
                    ? new FrameworkVersion(baseSlug.get(), baseVersion.get())
                    : null;
        }

        private List<ProficiencyLevel> scale() {
            List<ProficiencyLevel> levels = new ArrayList<>();
            for (Element element : nodes.array(root, "", "proficiencyLevels", false)) {
                if (!nodes.isObject(element)) {
                    continue;
                }
                JsonNode node = element.node();
                String at = element.pointer();
                Optional<Integer> level = nodes.integer(node, at, "level", true);
                Optional<Integer> eqf = nodes.integer(node, at, "eqfLevel", true);
                eqf.filter(e -> e < 1 || e > 8).ifPresent(e -> nodes.problem(at + "/eqfLevel", "eqfOutOfRange", e));
                LocalizedText title = nodes.localized(node, at, "title", true);
                LocalizedText description = nodes.localized(node, at, "description", false);
                level.ifPresent(l -> levels.add(new ProficiencyLevel(l, eqf.orElse(0), title, description)));
            }
            return levels;
        }

        private List<FrameworkItem> items(JsonNode parent, String pointer) {
            List<FrameworkItem> items = new ArrayList<>();
            String field = pointer.isEmpty() ? "items" : "children";
            for (Element element : nodes.array(parent, pointer, field, pointer.isEmpty())) {
                if (nodes.isObject(element)) {
                    item(element).ifPresent(items::add);
                }
            }
            return items;
        }

        private Optional<FrameworkItem> item(Element element) {
            JsonNode node = element.node();
            String at = element.pointer();
            Optional<String> code = nodes.text(node, at, "code", true, DocumentNodes.MAX_CODE);
            Optional<String> type = nodes.text(node, at, "type", true, DocumentNodes.MAX_CODE);
            UUID id = nodes.uuid(node, at, "id").orElseGet(() -> DerivedIdentifiers.item(slug, code.orElse(at)));
            LocalizedText title = nodes.localized(node, at, "title", true);
            LocalizedText description = nodes.localized(node, at, "description", false);
            List<LevelDescriptor> levels = levels(node, at);
            var knowledge = nodes.localizedList(node, at, "knowledge");
            var skills = nodes.localizedList(node, at, "skills");
            var attitudes = nodes.localizedList(node, at, "attitudes");
            List<Source> sources = sources(node, at);
            List<ExternalReference> references = references(node, at);
            List<FrameworkItem> children = items(node, at);
            if (code.isEmpty() || type.isEmpty()) {
                return Optional.empty();
            }
            var item = new FrameworkItem(
                    id,
                    code.get(),
                    type.get(),
                    title,
                    description,
                    levels,
                    knowledge,
                    skills,
                    attitudes,
                    sources,
                    references,
                    children);
            checks.item(item, at);
            return Optional.of(item);
        }

        private List<LevelDescriptor> levels(JsonNode node, String pointer) {
            List<LevelDescriptor> levels = new ArrayList<>();
            for (Element element : nodes.array(node, pointer, "levels", false)) {
                if (nodes.isObject(element)) {
                    Optional<Integer> level = nodes.integer(element.node(), element.pointer(), "level", true);
                    LocalizedText text = nodes.localized(element.node(), element.pointer(), "description", true);
                    level.ifPresent(l -> levels.add(new LevelDescriptor(l, text)));
                }
            }
            return levels;
        }

        private List<Source> sources(JsonNode node, String pointer) {
            List<Source> sources = new ArrayList<>();
            for (Element element : nodes.array(node, pointer, "sources", false)) {
                if (nodes.isObject(element)) {
                    var citation = nodes.text(element.node(), element.pointer(), "citation", true);
                    var url = nodes.text(element.node(), element.pointer(), "url", false);
                    citation.ifPresent(c -> sources.add(new Source(c, url.orElse(null))));
                }
            }
            return sources;
        }

        private List<ExternalReference> references(JsonNode node, String pointer) {
            List<ExternalReference> references = new ArrayList<>();
            for (Element element : nodes.array(node, pointer, "externalReferences", false)) {
                if (!nodes.isObject(element)) {
                    continue;
                }
                JsonNode ref = element.node();
                String at = element.pointer();
                var scheme = nodes.text(ref, at, "framework", true, DocumentNodes.MAX_CODE);
                var code = nodes.text(ref, at, "code", false, DocumentNodes.MAX_CODE);
                var uri = nodes.text(ref, at, "uri", false);
                var title = nodes.localized(ref, at, "title", true);
                if (code.isEmpty() && uri.isEmpty()) {
                    nodes.problem(at, "referenceUnnamed");
                }
                if (scheme.isPresent() && !title.isBlank()) {
                    references.add(new ExternalReference(scheme.get(), code.orElse(null), uri.orElse(null), title));
                }
            }
            return references;
        }
    }
}
