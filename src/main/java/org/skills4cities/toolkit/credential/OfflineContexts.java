package org.skills4cities.toolkit.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD contexts shipped with the toolkit (classpath {@code jsonld/}, sources in its {@code NOTICE.md}) as a
 * Titanium {@link DocumentLoader}: each known context URL answers its local copy, and any other URL fails with an
 * error naming it. It never reaches the network. Read once; thread-safe.
 */
public final class OfflineContexts implements DocumentLoader {

    /** Context URL → resource under {@code jsonld/}. */
    static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"),
            Map.entry("https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld"),
            Map.entry("https://www.w3.org/2018/credentials/v1", "2018-credentials-v1.jsonld"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "security-suites-ed25519-2020-v1.jsonld"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-3.0.1.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-3.0.2.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-3.0.3.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"),
            Map.entry("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "clr-v2p0-2.0.1.json"),
            Map.entry("http://data.europa.eu/snb/model/context/edc-ap", "edc-ap-context.jsonld"));

    private final Map<String, JsonStructure> contexts = new LinkedHashMap<>();

    /** Reads every shipped context; fails at start if one is missing or broken. */
    public OfflineContexts() {
        RESOURCES.forEach((url, resource) -> contexts.put(url, read(resource)));
    }

    /** The context URLs this loader answers. */
    public Set<String> urls() {
        return Set.copyOf(contexts.keySet());
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure context = contexts.get(url.toString());
        if (context == null) {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "The JSON-LD context " + url + " is not shipped with the toolkit; it is never fetched");
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, context);
        document.setDocumentUrl(url);
        return document;
    }

    private static JsonStructure read(String resource) {
        try (InputStream in = OfflineContexts.class.getResourceAsStream("/jsonld/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing JSON-LD context resource jsonld/" + resource);
            }
            return JsonDocument.of(MediaType.JSON_LD, in)
                    .getJsonContent()
                    .orElseThrow(() -> new IllegalStateException("Empty JSON-LD context " + resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Unreadable JSON-LD context " + resource, e);
        }
    }
}
