package org.skills4cities.toolkit.interchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import tools.jackson.databind.JsonNode;

/** One pass over one CASE package that has a CFDocument: the framework, or every error that keeps it from one. */
final class CaseReading {

    private final CaseNodes nodes;
    private final JsonNode root;
    private final ReadOptions options;

    CaseReading(CaseNodes nodes, JsonNode root, ReadOptions options) {
        this.nodes = nodes;
        this.root = root;
        this.options = options;
    }

    FrameworkReading read() {
        nodes.check(root, "", CaseFields.PACKAGE, false);
        CaseHead head = new CaseDocumentReading(nodes).read(root, options);
        CaseIndex index = entries(head);
        List<CaseLink> links = CaseLink.read(root, nodes);
        CaseTree tree = new CaseTree(nodes, index).grow(links);
        if (!nodes.errors().isEmpty()) {
            throw new FrameworkRejected(nodes.errors());
        }
        CaseCodes codes = new CaseCodes(nodes).assign(index.entries(), tree);
        CaseRelations relations = new CaseRelations(nodes, index, codes, head.language()).read(links);
        CaseRubricReading rubrics = new CaseRubricReading(nodes, index, head.language()).read(root);
        Assembly assembly = new Assembly(tree, codes, relations, rubrics);
        Framework framework = new Framework(
                head.id(),
                head.slug(),
                head.version(),
                head.status(),
                head.basedOn(),
                head.languages(),
                head.title(),
                head.description(),
                head.scale() != null ? head.scale() : rubrics.scale(),
                tree.topLevel().stream().map(assembly::item).toList(),
                tree.roles().stream().map(assembly::role).toList(),
                null,
                head.sourceIdentifier(),
                head.attributes());
        return new FrameworkReading(framework, nodes.warnings());
    }

    private CaseIndex entries(CaseHead head) {
        CaseIndex index = new CaseIndex(head);
        CaseItemReading reading = new CaseItemReading(nodes, head.language());
        List<JsonNode> items = CaseNodes.list(root, "CFItems");
        for (int i = 0; i < items.size(); i++) {
            reading.read(items.get(i), i)
                    .ifPresent(entry -> index.add(entry)
                            .ifPresent(first -> nodes.warn(
                                    entry.pointer() + "/identifier",
                                    "caseDuplicateIdentifier",
                                    entry.identifier(),
                                    first)));
        }
        return index;
    }

    /** Puts the entries of the package together into items and roles once the tree and codes are known. */
    private record Assembly(CaseTree tree, CaseCodes codes, CaseRelations relations, CaseRubricReading rubrics) {

        FrameworkItem item(CaseEntry entry) {
            FrameworkItem read = entry.item();
            Map<String, String> attributes = new TreeMap<>(read.attributes());
            attributes.putAll(codes.attributes(entry));
            return new FrameworkItem(
                    read.id(),
                    codes.code(entry),
                    read.type(),
                    read.title(),
                    read.description(),
                    rubrics.levels(entry),
                    read.knowledge(),
                    read.skills(),
                    read.attitudes(),
                    read.sources(),
                    relations.references(entry),
                    tree.children(entry).stream().map(this::item).toList(),
                    read.sourceIdentifier(),
                    attributes,
                    read.state());
        }

        RoleProfile role(CaseEntry entry) {
            RoleProfile read = entry.role();
            return new RoleProfile(
                    read.id(),
                    codes.code(entry),
                    read.title(),
                    read.mission(),
                    read.eqfLevel(),
                    read.tasks(),
                    read.deliverables(),
                    relations.requirements(entry),
                    read.state());
        }
    }
}
