package org.skills4cities.toolkit.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.interchange.CaseLink.Endpoint;

/**
 * The associations of a package other than {@code isChildOf}: from an item, they become its external references
 * (the association type standing for the scheme, unless the toolkit's own extension names it); from a role of the
 * toolkit's own export, with the required level in the extension, the role's requirements.
 */
final class CaseRelations {

    private static final int MAX_SCHEME = 80;
    private static final int MAX_REFERENCE_CODE = 80;

    private final CaseNodes nodes;
    private final CaseIndex index;
    private final CaseCodes codes;
    private final String language;
    private final Map<Integer, List<ExternalReference>> references = new HashMap<>();
    private final Map<Integer, List<Requirement>> requirements = new HashMap<>();

    CaseRelations(CaseNodes nodes, CaseIndex index, CaseCodes codes, String language) {
        this.nodes = nodes;
        this.index = index;
        this.codes = codes;
        this.language = language;
    }

    CaseRelations read(List<CaseLink> links) {
        for (CaseLink link : links) {
            if (link.isChildOf()) {
                continue;
            }
            Optional<CaseEntry> origin = index.entry(link.origin());
            if (origin.isEmpty()) {
                nodes.warn(link.pointer(), "caseAssociationIgnored", link.type());
            } else if (origin.get().isRole()) {
                requirement(origin.get(), link);
            } else {
                references
                        .computeIfAbsent(origin.get().index(), i -> new ArrayList<>())
                        .add(reference(link));
            }
        }
        return this;
    }

    List<ExternalReference> references(CaseEntry entry) {
        return references.getOrDefault(entry.index(), List.of());
    }

    List<Requirement> requirements(CaseEntry role) {
        return requirements.getOrDefault(role.index(), List.of());
    }

    private void requirement(CaseEntry role, CaseLink link) {
        Optional<CaseEntry> competence = index.entry(link.destination()).filter(e -> !e.isRole());
        Optional<Integer> level = link.own().flatMap(own -> own.integer("requiredLevel"));
        if (competence.isEmpty() || level.isEmpty()) {
            nodes.warn(link.pointer(), "caseAssociationIgnored", link.type());
            return;
        }
        boolean mandatory = link.own().get().node().path("mandatory").asBoolean(true);
        requirements
                .computeIfAbsent(role.index(), i -> new ArrayList<>())
                .add(new Requirement(codes.code(competence.get()), level.get(), mandatory));
    }

    private ExternalReference reference(CaseLink link) {
        Optional<OwnExtension> own = link.own();
        Optional<String> scheme = own.flatMap(o -> o.text("framework"));
        if (scheme.isPresent()) {
            return new ExternalReference(
                    scheme.get(),
                    own.get().text("code").orElse(null),
                    own.get().text("uri").orElse(null),
                    own.get().localized("title").orElse(LocalizedText.EMPTY));
        }
        Endpoint target = link.destination();
        String uri = absolute(target.uri()) ? target.uri() : absolute(target.identifier()) ? target.identifier() : null;
        String code = uri == null ? clip(target.name(), MAX_REFERENCE_CODE) : null;
        String title = target.title() != null ? target.title() : target.name();
        return new ExternalReference(
                clip(link.type(), MAX_SCHEME), code, uri, new LocalizedText(Map.of(language, title)));
    }

    private static boolean absolute(@Nullable String uri) {
        return uri != null && NativeFields.isUri(uri);
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
