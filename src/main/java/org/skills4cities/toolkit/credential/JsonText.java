package org.skills4cities.toolkit.credential;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON at the edges of the module: the input limits, Jackson for the checks, {@code jakarta.json} (Parsson) for
 * Titanium. Nothing of {@code jakarta.json} leaves the module.
 */
final class JsonText {

    /** The longest credential text taken (characters); ours are a few kilobytes. */
    static final int MAX_CHARS = 1_000_000;
    /** The deepest nesting of objects and arrays taken. */
    static final int MAX_DEPTH = 64;

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /**
     * The {@code jakarta.json} provider, looked up once: {@code Json.createObjectBuilder()} and the like look it up
     * with a {@link java.util.ServiceLoader} on every call, which cost 5 to 10 % of a signature or a verification.
     */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonText() {}

    /** The problem of a text as JSON input (too long, too deep), or empty when it may be parsed. */
    static Optional<String> tooBig(String text) {
        if (text.length() > MAX_CHARS) {
            return Optional.of("credential.format.too-long");
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of("credential.format.too-deep");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The tree of a text already checked by {@link #tooBig}, or empty when it is not JSON. */
    static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static JsonObject jakarta(JsonNode object) {
        try (var reader = PROVIDER.createReader(new StringReader(write(object)))) {
            return reader.readObject();
        }
    }
}
