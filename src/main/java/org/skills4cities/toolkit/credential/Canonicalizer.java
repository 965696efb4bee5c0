package org.skills4cities.toolkit.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, expanded with the shipped contexts only: the
 * canonical N-Quads and their SHA-256, within a time limit.
 */
final class Canonicalizer {

    /** The longest a canonicalization may run: RDFC-1.0 is exponential on crafted blank-node graphs. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final OfflineContexts contexts;
    private final Duration timeLimit;

    Canonicalizer(OfflineContexts contexts) {
        this(contexts, TIME_LIMIT);
    }

    Canonicalizer(OfflineContexts contexts, Duration timeLimit) {
        this.contexts = contexts;
        this.timeLimit = timeLimit;
    }

    /** The canonical N-Quads; a {@link CanonicalizationFailed} when the document cannot be turned into RDF. */
    String nquads(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(timeLimit.toMillis()));
            JsonLd.toRdf(JsonDocument.of(document))
                    .loader(contexts)
                    .produceGeneralizedRdf(false)
                    .provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new CanonicalizationFailed(
                    e.getMessage() == null ? e.getCode().toMessage() : e.getMessage(), e);
        } catch (RdfConsumerException | RuntimeException e) {
            throw new CanonicalizationFailed(String.valueOf(e.getMessage()), e);
        }
    }

    byte[] hash(JsonObject document) {
        return sha256(nquads(document).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document that JSON-LD processing refused (an unknown context, a term redefined, a bad value). */
    static final class CanonicalizationFailed extends RuntimeException {

        CanonicalizationFailed(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
