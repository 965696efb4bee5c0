package org.skills4cities.toolkit.credential;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * W3C Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite: the proof configuration (with the
 * credential's {@code @context}) and the credential are each canonicalized with RDFC-1.0 and hashed with SHA-256, and
 * Ed25519 signs {@code hash(config) || hash(credential)}; the signature is the {@code proofValue} in multibase
 * base58btc. Verification also takes the legacy {@code eddsa-2022} and {@code Ed25519Signature2020} proofs, as a
 * warning. Thread-safe; one instance built with the shipped contexts.
 */
public final class DataIntegrity {

    /** The most proofs a credential may carry to be verified here; real credentials carry one or two. */
    public static final int MAX_PROOFS = 4;

    static final String SUITE = "eddsa-rdfc-2022";
    static final String LEGACY_SUITE = "eddsa-2022";
    static final String LEGACY_TYPE = "Ed25519Signature2020";
    static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";

    private final Canonicalizer canonicalizer;

    public DataIntegrity(OfflineContexts contexts) {
        this.canonicalizer = new Canonicalizer(contexts);
    }

    /**
     * The credential with a {@code DataIntegrityProof} added (cryptosuite {@code eddsa-rdfc-2022}, proofPurpose
     * {@code assertionMethod}, created at the given second); the given node is not changed. An
     * {@link IllegalArgumentException} when the credential already carries a proof or cannot be canonicalized with
     * the shipped contexts.
     */
    public ObjectNode sign(ObjectNode unsignedCredential, SigningKey ed25519, Instant created) {
        if (unsignedCredential.has("proof")) {
            throw new IllegalArgumentException("The credential already carries a proof");
        }
        JsonObject document = JsonText.jakarta(unsignedCredential);
        JsonObject options = JsonText.PROVIDER
                .createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", SUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", ed25519.verificationMethod())
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature;
        try {
            signature = sign(ed25519.privateKey(), hashData(withContext(options, document), document));
        } catch (Canonicalizer.CanonicalizationFailed e) {
            throw new IllegalArgumentException("The credential cannot be canonicalized: " + e.getMessage(), e);
        }
        ObjectNode signed = unsignedCredential.deepCopy();
        ObjectNode proof = signed.putObject("proof");
        options.forEach((name, value) -> proof.put(name, ((JsonString) value).getString()));
        proof.put("proofValue", "z" + Base58.encode(signature));
        return signed;
    }

    /** Checks every proof of a secured document; all must hold. */
    ProofResult verify(JsonObject secured, Keys keys) {
        List<JsonObject> proofs = proofs(secured.get("proof"));
        if (proofs.isEmpty()) {
            return ProofResult.failed("credential.signature.no-proof");
        }
        if (proofs.size() > MAX_PROOFS) {
            // each proof costs a canonicalisation: a set of copies would make one request take minutes
            return ProofResult.failed("credential.signature.too-many-proofs", Integer.toString(MAX_PROOFS));
        }
        JsonObject unsecured =
                JsonText.PROVIDER.createObjectBuilder(secured).remove("proof").build();
        ProofResult last = ProofResult.failed("credential.signature.no-proof");
        boolean legacy = false;
        for (JsonObject proof : proofs) {
            last = verifyOne(unsecured, proof, keys);
            if (!last.holds()) {
                return last;
            }
            legacy |= last.result() == CheckResult.WARNING;
        }
        return legacy
                ? last
                : new ProofResult(CheckResult.PASSED, last.messageKey(), last.arguments(), last.issuerKnown());
    }

    private ProofResult verifyOne(JsonObject unsecured, JsonObject proof, Keys keys) {
        String type = text(proof, "type");
        String suite = text(proof, "cryptosuite");
        boolean modern = "DataIntegrityProof".equals(type) && SUITE.equals(suite);
        boolean legacySuite = "DataIntegrityProof".equals(type) && LEGACY_SUITE.equals(suite);
        boolean legacyType = LEGACY_TYPE.equals(type);
        if (!modern && !legacySuite && !legacyType) {
            return ProofResult.failed("credential.signature.unsupported", type + (suite.isEmpty() ? "" : " " + suite));
        }
        if (!"assertionMethod".equals(text(proof, "proofPurpose"))) {
            return ProofResult.failed("credential.signature.purpose", text(proof, "proofPurpose"));
        }
        String method = text(proof, "verificationMethod");
        Optional<ResolvedKey> key = method.isEmpty() ? Optional.empty() : keys.resolve(method);
        if (key.isEmpty()) {
            return ProofResult.failed("credential.signature.unknown-key", method);
        }
        byte[] signature;
        try {
            String value = text(proof, "proofValue");
            signature = value.startsWith("z") ? Base58.decode(value.substring(1)) : new byte[0];
        } catch (IllegalArgumentException notBase58) {
            signature = new byte[0];
        }
        if (signature.length != 64) {
            return ProofResult.failed("credential.signature.bad-value");
        }
        JsonObjectBuilder config = JsonText.PROVIDER.createObjectBuilder(proof).remove("proofValue");
        JsonValue context = legacyType
                ? withEd25519Context(unsecured.get("@context"))
                : proof.getOrDefault("@context", unsecured.getOrDefault("@context", JsonValue.EMPTY_JSON_ARRAY));
        JsonObject options = config.add("@context", context).build();
        boolean valid;
        try {
            valid = verify(key.get().key(), hashData(options, unsecured), signature);
        } catch (Canonicalizer.CanonicalizationFailed e) {
            return ProofResult.failed("credential.signature.not-canonical", String.valueOf(e.getMessage()));
        }
        if (!valid) {
            return ProofResult.failed("credential.signature.mismatch", method);
        }
        if (modern) {
            return new ProofResult(
                    CheckResult.PASSED,
                    "credential.signature.valid",
                    List.of(SUITE),
                    key.get().issuerKnown());
        }
        return new ProofResult(
                CheckResult.WARNING,
                "credential.signature.legacy",
                List.of(legacyType ? LEGACY_TYPE : LEGACY_SUITE),
                key.get().issuerKnown());
    }

    private byte[] hashData(JsonObject proofConfig, JsonObject document) {
        byte[] config = canonicalizer.hash(proofConfig);
        byte[] data = canonicalizer.hash(document);
        byte[] both = new byte[config.length + data.length];
        System.arraycopy(config, 0, both, 0, config.length);
        System.arraycopy(data, 0, both, config.length, data.length);
        return both;
    }

    private static JsonObject withContext(JsonObject options, JsonObject document) {
        return JsonText.PROVIDER
                .createObjectBuilder(options)
                .add("@context", document.getOrDefault("@context", JsonValue.EMPTY_JSON_ARRAY))
                .build();
    }

    private static JsonValue withEd25519Context(JsonValue context) {
        JsonArrayBuilder all = JsonText.PROVIDER.createArrayBuilder();
        boolean present = false;
        List<JsonValue> values =
                context instanceof JsonArray array ? array : context == null ? List.of() : List.of(context);
        for (JsonValue value : values) {
            all.add(value);
            present |= value instanceof JsonString s && ED25519_2020_CONTEXT.equals(s.getString());
        }
        return present ? all.build() : all.add(ED25519_2020_CONTEXT).build();
    }

    private static List<JsonObject> proofs(JsonValue proof) {
        List<JsonObject> all = new ArrayList<>();
        if (proof instanceof JsonObject one) {
            all.add(one);
        } else if (proof instanceof JsonArray many) {
            for (JsonValue value : many) {
                if (!(value instanceof JsonObject one)) {
                    return List.of();
                }
                all.add(one);
            }
        }
        return all;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : "";
    }

    private static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(data);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 signing key", e);
        }
    }

    private static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(data);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
