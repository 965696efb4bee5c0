package org.skills4cities.toolkit.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credentials secured as VC-JWT (VC 2.0 JOSE): a compact JWS whose claims set is the credential itself, with the
 * registered claims {@code iss}, {@code jti}, {@code sub}, {@code nbf} and {@code exp} taken from it.
 */
public final class VcJwt {

    static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");

    private VcJwt() {}

    /**
     * Compact JWS, header {@code {alg: ES256, typ: vc+jwt, kid}}, payload = the credential plus
     * {@code iss/jti/sub/nbf/exp}; an {@link IllegalArgumentException} when the key is not a P-256 private key.
     */
    public static String sign(ObjectNode credential, SigningKey p256) {
        if (!(p256.privateKey() instanceof ECPrivateKey ec)) {
            throw new IllegalArgumentException("VC-JWT is signed with a P-256 key");
        }
        ObjectNode claims = credential.deepCopy();
        JsonNode issuer = credential.path("issuer");
        String iss = issuer.isObject() ? issuer.path("id").asString("") : issuer.asString("");
        if (!iss.isEmpty()) {
            claims.put("iss", iss);
        }
        if (credential.path("id").isString()) {
            claims.put("jti", credential.path("id").stringValue());
        }
        JsonNode subject = credential.path("credentialSubject");
        if (subject.path("id").isString()) {
            claims.put("sub", subject.path("id").stringValue());
        }
        seconds(credential.path("validFrom")).ifPresent(nbf -> claims.put("nbf", nbf));
        seconds(credential.path("validUntil")).ifPresent(exp -> claims.put("exp", exp));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .keyID(p256.verificationMethod())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(JsonText.write(claims)));
        try {
            jws.sign(new ECDSASigner(ec));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("VC-JWT is signed with a P-256 key", e);
        }
        return jws.serialize();
    }

    private static java.util.Optional<Long> seconds(JsonNode date) {
        if (!date.isString()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Instant.parse(date.stringValue()).getEpochSecond());
        } catch (DateTimeParseException notInstant) {
            return java.util.Optional.empty();
        }
    }
}
