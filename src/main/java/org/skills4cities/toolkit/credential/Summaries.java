package org.skills4cities.toolkit.credential;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The public summary of a credential, read as it claims itself. */
final class Summaries {

    private Summaries() {}

    static CredentialSummary of(JsonNode credential) {
        JsonNode subject = credential.path("credentialSubject");
        if (subject.isArray()) {
            subject = subject.path(0);
        }
        JsonNode issuer = credential.path("issuer");
        return new CredentialSummary(
                text(credential.path("id")),
                text(subject.path("name")),
                text(subject.path("achievement").path("name")),
                text(issuer.isObject() ? issuer.path("id") : issuer),
                issuer.isObject() ? text(issuer.path("name")) : null,
                date(credential, "validFrom", "issuanceDate"),
                date(credential, "validUntil", "expirationDate"));
    }

    /** A string, or the first value of a language value or of an array of them. */
    static @Nullable String text(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isObject() && value.path("@value").isString()) {
            return value.path("@value").stringValue();
        }
        if (value.isArray() && !value.isEmpty()) {
            return text(value.path(0));
        }
        return null;
    }

    static @Nullable Instant date(JsonNode credential, String name, String legacyName) {
        JsonNode value = credential.has(name) ? credential.path(name) : credential.path(legacyName);
        return value.isString() ? DataModelChecks.instant(value.stringValue()) : null;
    }
}
