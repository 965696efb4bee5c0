package org.skills4cities.toolkit.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * JSON-LD expansion with the shipped contexts as a data-model check: a context that redefines a protected term or
 * cannot be processed, and a {@code type} that does not expand to an absolute URL, are problems.
 */
final class Expansion {

    private final OfflineContexts contexts;

    Expansion(OfflineContexts contexts) {
        this.contexts = contexts;
    }

    void check(JsonNode document, Problems problems) {
        JsonArray expanded;
        try {
            expanded = JsonLd.expand(JsonDocument.of(JsonText.jakarta(document)))
                    .loader(contexts)
                    .get();
        } catch (JsonLdError e) {
            problems.add("/@context", reason(e.getCode()), e.getCode().name());
            return;
        } catch (RuntimeException e) {
            problems.add("/@context", "jsonld", e.getClass().getSimpleName());
            return;
        }
        expanded.forEach(value -> types(value, problems));
    }

    private static String reason(JsonLdErrorCode code) {
        return switch (code) {
            case PROTECTED_TERM_REDEFINITION -> "context-protected";
            case LOADING_DOCUMENT_FAILED, LOADING_REMOTE_CONTEXT_FAILED -> "context-unknown";
            case INVALID_IRI_MAPPING, INVALID_TYPE_MAPPING, INVALID_TYPE_VALUE -> "context-term-not-url";
            default -> "jsonld";
        };
    }

    private static void types(JsonValue value, Problems problems) {
        if (value instanceof JsonObject object) {
            if (object.get("@type") instanceof JsonArray types) {
                for (JsonValue type : types) {
                    if (type instanceof JsonString s && !Problems.isUrl(s.getString())) {
                        problems.add("/type", "type-not-url", s.getString());
                    }
                }
            }
            object.forEach((name, child) -> {
                if (!"@type".equals(name)) {
                    types(child, problems);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> types(child, problems));
        }
    }
}
