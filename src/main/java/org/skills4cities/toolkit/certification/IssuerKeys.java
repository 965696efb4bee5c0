package org.skills4cities.toolkit.certification;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.credential.KeyResolver;
import org.skills4cities.toolkit.credential.Multikey;
import org.skills4cities.toolkit.credential.ResolvedKey;
import org.skills4cities.toolkit.credential.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's issuer keys. The newest generation signs; rotation adds a generation and retires the one before,
 * which stays published in the DID document and the JWKS so that every credential it signed keeps verifying. The
 * issuer is {@code did:web} of the base URL. Also the verifier's resolver for the platform's own keys.
 */
@Component
public class IssuerKeys implements KeyResolver {

    private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);
    static final String DEVELOPMENT_SECRET = "skills4cities-development-only";

    private final JdbcClient jdbc;
    private final KeyWrapping wrapping;
    private final AuditLog audit;
    private final Clock clock;
    private final String did;
    private final String issuers;
    private final AtomicReference<@Nullable List<IssuerKey>> generations = new AtomicReference<>();

    IssuerKeys(
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${toolkit.base-url}") String baseUrl,
            @Value("${toolkit.certificates.key-secret}") String secret) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.wrapping = new KeyWrapping(secret);
        this.did = didOf(baseUrl);
        this.issuers = baseUrl.replaceAll("/+$", "") + "/issuers/";
        if (secret.equals(DEVELOPMENT_SECRET)) {
            log.warn(
                    "toolkit.certificates.key-secret is the development default: set TOOLKIT_KEY_SECRET in production");
        }
    }

    /** {@code did:web} of a base URL: the host, its port as {@code %3A}, and the path with colons. */
    static String didOf(String baseUrl) {
        URI uri = URI.create(baseUrl);
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        return did.toString();
    }

    public String did() {
        return did;
    }

    /** The generation that signs now; the first is made when none exists. */
    IssuerKey current() {
        List<IssuerKey> all = all();
        if (all.isEmpty()) {
            create(null);
            return current();
        }
        return all.getLast();
    }

    SigningKey dataIntegrityKey(IssuerKey key) {
        return new SigningKey(
                key.ed25519Id(did), key.ed25519().getPrivate(), key.ed25519().getPublic());
    }

    SigningKey jwtKey(IssuerKey key) {
        return new SigningKey(
                key.p256Id(did), key.p256().getPrivate(), key.p256().getPublic());
    }

    /** Every generation, oldest first. */
    List<IssuerKey> all() {
        List<IssuerKey> known = generations.get();
        if (known != null) {
            return known;
        }
        List<IssuerKey> read = jdbc.sql("""
                        SELECT generation, ed25519_public, ed25519_private, p256_public, p256_private, created_at,
                               retired_at
                        FROM issuer_key ORDER BY generation
                        """)
                .query((rs, n) -> new IssuerKey(
                        rs.getInt(1),
                        new KeyPair(publicKey(rs.getString(2), "Ed25519"), wrapping.unwrap(rs.getString(3), "Ed25519")),
                        new KeyPair(publicKey(rs.getString(4), "EC"), wrapping.unwrap(rs.getString(5), "EC")),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        generations.set(read.isEmpty() ? null : List.copyOf(read));
        return read;
    }

    /** A generation as the keys page lists it. */
    public record Generation(
            int number, Instant createdAt, @Nullable Instant retiredAt) {}

    /** Every generation, newest first; the first is made when none exists. */
    public List<Generation> generations() {
        current();
        return all().reversed().stream()
                .map(k -> new Generation(k.generation(), k.createdAt(), k.retiredAt()))
                .toList();
    }

    /** Makes a new generation the one that signs and retires the one before; gives the new generation's number. */
    @Transactional
    public int rotate(Account actor) {
        int generation = create(actor);
        audit.record(actor.id(), actor.email(), "certificate.keys.rotate", "generation " + generation, null, null);
        return generation;
    }

    private int create(@Nullable Account actor) {
        try {
            KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair p256 = ec.generateKeyPair();
            Integer last = jdbc.sql("SELECT COALESCE(MAX(generation), 0) FROM issuer_key")
                    .query(Integer.class)
                    .single();
            int generation = last + 1;
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("UPDATE issuer_key SET retired_at = ? WHERE retired_at IS NULL")
                    .params(now)
                    .update();
            jdbc.sql("""
                            INSERT INTO issuer_key (generation, ed25519_public, ed25519_private, p256_public,
                                                    p256_private, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            generation,
                            encoded(ed25519.getPublic()),
                            wrapping.wrap(ed25519.getPrivate()),
                            encoded(p256.getPublic()),
                            wrapping.wrap(p256.getPrivate()),
                            now)
                    .update();
            log.info("Issuer key generation {} created{}", generation, actor == null ? "" : " by " + actor.email());
            return generation;
        } catch (DuplicateKeyException e) {
            // another node made the same generation at the same moment: theirs counts
            return current().generation();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            generations.set(null);
        }
    }

    /** Forgets the cached keys, so that a generation another node made is read. */
    void refresh() {
        generations.set(null);
    }

    @Override
    public Optional<ResolvedKey> resolve(String verificationMethod) {
        String wanted = verificationMethod.startsWith(did + "#") ? verificationMethod : null;
        if (wanted == null) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            for (IssuerKey key : all()) {
                if (key.ed25519Id(did).equals(wanted)) {
                    return Optional.of(new ResolvedKey(key.ed25519().getPublic(), true));
                }
                if (key.p256Id(did).equals(wanted)) {
                    return Optional.of(new ResolvedKey(key.p256().getPublic(), true));
                }
            }
            refresh();
        }
        return Optional.empty();
    }

    /**
     * The platform's issuers: its {@code did:web} and the certification bodies' profiles under {@code /issuers/}. A
     * credential naming one of them must be signed with one of these keys; any other key makes it invalid.
     */
    @Override
    public boolean knowsIssuer(String issuerId) {
        return issuerId.equals(did) || issuerId.startsWith(issuers);
    }

    /** The DID document: every generation as a Multikey and as a JSON Web Key, all of them assertion methods. */
    public Map<String, Object> didDocument() {
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> assertions = new ArrayList<>();
        for (IssuerKey key : all()) {
            methods.add(ordered(
                    "id",
                    key.ed25519Id(did),
                    "type",
                    "Multikey",
                    "controller",
                    did,
                    "publicKeyMultibase",
                    Multikey.encode(key.ed25519().getPublic())));
            methods.add(ordered(
                    "id", key.p256Id(did), "type", "JsonWebKey", "controller", did, "publicKeyJwk", jwk(key, false)));
            assertions.add(key.ed25519Id(did));
            assertions.add(key.p256Id(did));
        }
        return ordered(
                "@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
                "id", did,
                "verificationMethod", methods,
                "assertionMethod", assertions);
    }

    /** The JSON Web Key Set: both keys of every generation, with their verification method as {@code kid}. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (IssuerKey key : all()) {
            keys.add(jwk(key, true));
            keys.add(okp(key));
        }
        return Map.of("keys", keys);
    }

    private Map<String, Object> jwk(IssuerKey key, boolean withId) {
        ECKey.Builder builder =
                new ECKey.Builder(Curve.P_256, (ECPublicKey) key.p256().getPublic());
        if (withId) {
            builder.keyID(key.p256Id(did)).algorithm(com.nimbusds.jose.JWSAlgorithm.ES256);
        }
        return builder.build().toPublicJWK().toJSONObject();
    }

    private Map<String, Object> okp(IssuerKey key) {
        byte[] spki = key.ed25519().getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw))
                .keyID(key.ed25519Id(did))
                .algorithm(com.nimbusds.jose.JWSAlgorithm.EdDSA)
                .build()
                .toPublicJWK()
                .toJSONObject();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String encoded(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static PublicKey publicKey(String encoded, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
