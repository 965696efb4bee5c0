package org.skills4cities.toolkit.certification;

import java.util.Optional;
import org.skills4cities.toolkit.credential.Verification;
import org.skills4cities.toolkit.credential.Verifier;
import org.springframework.stereotype.Service;

/**
 * Verification for the public: any credential given as JSON or JWT, and the platform's own certificates by their
 * identifier (the credential stored with the certificate, checked like any other: proof, status, dates, issuer).
 */
@Service
public class Verifications {

    /** The largest credential taken for verification, in characters. */
    public static final int MAX_LENGTH = 1_000_000;

    private final Verifier verifier;
    private final Certificates certificates;

    Verifications(Verifier verifier, Certificates certificates) {
        this.verifier = verifier;
        this.certificates = certificates;
    }

    public Verification verify(String credential) {
        return verifier.verify(credential);
    }

    /** A certificate of the platform and what the verifier says of its credential; empty when there is none. */
    public Optional<Verified> certificate(String typedId) {
        String id = CertificateIds.canonical(typedId);
        if (id == null) {
            return Optional.empty();
        }
        return certificates.find(id).map(c -> new Verified(c, verifier.verify(c.credential())));
    }

    /** A certificate with its verification. */
    public record Verified(Certificate certificate, Verification verification) {}
}
