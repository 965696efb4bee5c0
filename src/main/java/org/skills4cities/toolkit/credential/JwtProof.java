package org.skills4cities.toolkit.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and checks a compact VC-JWT: the credential it carries (the claims set itself in VC 2.0, or under {@code vc}
 * in a VC 1.1 JWT) and its signature ({@code ES256}, {@code RS256} or {@code EdDSA}) with the key named by
 * {@code kid} or embedded as {@code jwk}.
 */
final class JwtProof {

    private JwtProof() {}

    /** What a JWT gave: the credential (null when the JWT could not be read) and the signature's result. */
    record Read(@Nullable ObjectNode credential, @Nullable String formatProblem, ProofResult proof) {}

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*\\.[A-Za-z0-9_=-]*");

    /** Three base64url parts joined by dots, as a compact JWS is written. */
    static boolean looksLikeJwt(String text) {
        return COMPACT.matcher(text.strip()).matches();
    }

    static Read read(String compact, Keys keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact.strip());
        } catch (ParseException | RuntimeException notJws) {
            return unreadable("credential.format.not-jwt");
        }
        String payload = jws.getPayload().toString();
        if (JsonText.tooBig(payload).isPresent()) {
            return unreadable(JsonText.tooBig(payload).orElseThrow());
        }
        Optional<JsonNode> claims = JsonText.parse(payload);
        if (claims.isEmpty() || !claims.get().isObject()) {
            return unreadable("credential.format.jwt-payload");
        }
        ObjectNode credential = credential((ObjectNode) claims.get());
        return new Read(credential, null, signature(jws, keys));
    }

    private static Read unreadable(String messageKey) {
        return new Read(null, messageKey, ProofResult.failed("credential.check.not-checked"));
    }

    /** The credential of the claims: {@code vc} of a VC 1.1 JWT with its registered claims, else the claims. */
    private static ObjectNode credential(ObjectNode claims) {
        if (!(claims.get("vc") instanceof ObjectNode vc)) {
            return claims;
        }
        ObjectNode credential = vc.deepCopy();
        if (!credential.has("issuer") && claims.path("iss").isString()) {
            credential.put("issuer", claims.path("iss").stringValue());
        }
        if (!credential.has("id") && claims.path("jti").isString()) {
            credential.put("id", claims.path("jti").stringValue());
        }
        if (!credential.has("issuanceDate") && claims.path("nbf").isNumber()) {
            credential.put(
                    "issuanceDate",
                    Instant.ofEpochSecond(claims.path("nbf").asLong()).toString());
        }
        if (!credential.has("expirationDate") && claims.path("exp").isNumber()) {
            credential.put(
                    "expirationDate",
                    Instant.ofEpochSecond(claims.path("exp").asLong()).toString());
        }
        return credential;
    }

    private static ProofResult signature(JWSObject jws, Keys keys) {
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        if (!JWSAlgorithm.ES256.equals(alg) && !JWSAlgorithm.RS256.equals(alg) && !JWSAlgorithm.EdDSA.equals(alg)) {
            return ProofResult.failed("credential.signature.jwt-algorithm", String.valueOf(alg));
        }
        String kid = jws.getHeader().getKeyID();
        Optional<ResolvedKey> key =
                kid != null ? keys.resolve(kid) : embedded(jws.getHeader().getJWK());
        if (key.isEmpty()) {
            return kid == null
                    ? ProofResult.failed("credential.signature.jwt-no-key")
                    : ProofResult.failed("credential.signature.unknown-key", kid);
        }
        if (!verifies(jws, alg, key.get().key())) {
            return ProofResult.failed("credential.signature.mismatch", kid == null ? "jwk" : kid);
        }
        return new ProofResult(
                CheckResult.PASSED,
                "credential.signature.valid",
                List.of(alg.getName()),
                key.get().issuerKnown());
    }

    private static Optional<ResolvedKey> embedded(@Nullable JWK jwk) {
        try {
            if (jwk instanceof ECKey ec) {
                return Optional.of(new ResolvedKey(ec.toECPublicKey(), false));
            }
            if (jwk instanceof RSAKey rsa) {
                return Optional.of(new ResolvedKey(rsa.toRSAPublicKey(), false));
            }
            if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                return Optional.of(new ResolvedKey(Multikey.ed25519(okp.getX().decode()), false));
            }
        } catch (JOSEException | IllegalArgumentException unusable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean verifies(JWSObject jws, JWSAlgorithm alg, PublicKey key) {
        try {
            if (JWSAlgorithm.ES256.equals(alg) && key instanceof ECPublicKey ec) {
                return jws.verify(new ECDSAVerifier(ec));
            }
            if (JWSAlgorithm.RS256.equals(alg) && key instanceof RSAPublicKey rsa) {
                return jws.verify(new RSASSAVerifier(rsa));
            }
            if (JWSAlgorithm.EdDSA.equals(alg)
                    && ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm()))) {
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(key);
                ed25519.update(jws.getSigningInput());
                return ed25519.verify(jws.getSignature().decode());
            }
            return false;
        } catch (JOSEException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
