package org.skills4cities.toolkit.interchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CFDocument of a package: identifier, title, language, version, and everything else as attributes of the
 * framework; or, from the toolkit's own export, its slug, status, languages and scale as well.
 */
final class CaseDocumentReading {

    private static final String AT = "/CFDocument";
    private static final int MAX_SLUG = 80;
    private static final int MAX_VERSION = 40;
    private static final Set<String> OWNED = Set.of("identifier", "title", "description", "version", "language");

    private final CaseNodes nodes;

    CaseDocumentReading(CaseNodes nodes) {
        this.nodes = nodes;
    }

    CaseHead read(JsonNode root, ReadOptions options) {
        JsonNode document = root.path("CFDocument");
        nodes.check(document, AT, CaseFields.DOCUMENT, true);
        Optional<OwnExtension> own = OwnExtension.of(document, AT, nodes);
        Map<String, String> attributes = own.map(OwnExtension::attributes).orElseGet(() -> attributes(root));
        List<String> languages = own.map(this::languages)
                .filter(l -> !l.isEmpty())
                .orElseGet(() -> List.of(language(document, attributes)));
        String language = languages.getFirst();
        LocalizedText title = text(own, document, "title", language).orElseGet(() -> {
            nodes.error(AT + "/title", "caseNoTitle");
            return LocalizedText.EMPTY;
        });
        String identifier = CaseNodes.filled(document, "identifier").orElse("");
        UUID id = identifier(identifier, title);
        return new CaseHead(
                id,
                identifier,
                CaseNodes.filled(document, "uri").orElse(null),
                own.flatMap(o -> o.text("sourceIdentifier")).orElse(source(identifier)),
                slug(options, own, title, id),
                version(options, document, attributes),
                own.flatMap(this::status).orElse(FrameworkStatus.DRAFT),
                own.flatMap(this::basedOn).orElse(null),
                languages,
                title,
                text(own, document, "description", language).orElse(LocalizedText.EMPTY),
                own.flatMap(OwnExtension::scale).orElse(null),
                attributes);
    }

    /** A text in all languages of the toolkit's extension, else in the document's language. */
    private static Optional<LocalizedText> text(
            Optional<OwnExtension> own, JsonNode document, String field, String language) {
        return own.flatMap(o -> o.localized(field))
                .filter(text -> !text.isBlank())
                .or(() -> CaseNodes.filled(document, field).map(text -> new LocalizedText(Map.of(language, text))));
    }

    private UUID identifier(String identifier, LocalizedText title) {
        if (identifier.isEmpty()) {
            nodes.warn(AT + "/identifier", "caseDocumentNoIdentifier");
            return CaseIdentifiers.nameBased("CFDocument/" + title.english());
        }
        UUID id = CaseIdentifiers.uuidOf(identifier);
        if (!CaseIdentifiers.isCaseUuid(identifier)) {
            nodes.warn(AT + "/identifier", "caseIdentifierNotUuid", identifier, id);
        }
        return id;
    }

    private static @Nullable String source(String identifier) {
        return identifier.isEmpty() || CaseIdentifiers.isCaseUuid(identifier) ? null : identifier;
    }

    /** The document's fields the framework has no place for, and the package's definitions, if it has any. */
    private Map<String, String> attributes(JsonNode root) {
        Map<String, String> attributes = nodes.attributes(root.path("CFDocument"), OWNED);
        JsonNode definitions = root.path("CFDefinitions");
        boolean defines = false;
        for (JsonNode list : definitions) {
            defines |= list.isArray() && !list.isEmpty();
        }
        if (definitions.isObject() && defines) {
            attributes.put("CFDefinitions", nodes.flat(definitions));
        }
        return attributes;
    }

    /** The document's language as a code such as {@code en}; a regional variant is kept as an attribute. */
    private String language(JsonNode document, Map<String, String> attributes) {
        Optional<String> given = CaseNodes.filled(document, "language");
        if (given.isEmpty()) {
            return Language.DEFAULT.code();
        }
        String code = given.get().strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!code.matches("[a-z]{2,3}")) {
            nodes.warn(AT + "/language", "caseLanguage", given.get());
            code = Language.DEFAULT.code();
        }
        if (!code.equals(given.get())) {
            attributes.put("language", given.get());
        }
        return code;
    }

    private List<String> languages(OwnExtension own) {
        List<String> languages = new ArrayList<>();
        JsonNode list = own.node().path("languages");
        list.forEach(code -> {
            if (code.isString() && !languages.contains(code.stringValue())) {
                languages.add(code.stringValue());
            } else {
                own.unreadable("languages");
            }
        });
        return languages;
    }

    private String slug(ReadOptions options, Optional<OwnExtension> own, LocalizedText title, UUID id) {
        if (options.slug() != null) {
            return options.slug();
        }
        return own.flatMap(o -> o.text("id")).orElseGet(() -> slug(title.english(), id));
    }

    /** A slug from a title: lower-case ASCII letters and digits joined by hyphens, at most 80 characters. */
    static String slug(String title, UUID id) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+", "");
        String slug = ascii.substring(0, Math.min(ascii.length(), MAX_SLUG)).replaceAll("-+$", "");
        return slug.isEmpty() ? "case-" + id.toString().substring(0, 8) : slug;
    }

    private String version(ReadOptions options, JsonNode document, Map<String, String> attributes) {
        if (options.version() != null) {
            return options.version();
        }
        Optional<String> version = CaseNodes.filled(document, "version");
        if (version.isPresent() && version.get().length() > MAX_VERSION) {
            nodes.warn(AT + "/version", "tooLong", "version", MAX_VERSION);
            attributes.put("version", version.get());
            return "1";
        }
        return version.orElse("1");
    }

    private Optional<FrameworkStatus> status(OwnExtension own) {
        return own.text("status").flatMap(code -> {
            Optional<FrameworkStatus> status = FrameworkStatus.ofCode(code);
            if (status.isEmpty()) {
                own.unreadable("status");
            }
            return status;
        });
    }

    private Optional<FrameworkVersion> basedOn(OwnExtension own) {
        JsonNode basedOn = own.node().get("basedOn");
        if (basedOn == null) {
            return Optional.empty();
        }
        String slug = own.textOrNull(basedOn, "id");
        String version = own.textOrNull(basedOn, "version");
        if (slug == null || version == null) {
            own.unreadable("basedOn");
            return Optional.empty();
        }
        return Optional.of(new FrameworkVersion(slug, version));
    }
}
