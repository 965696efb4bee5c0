package org.skills4cities.toolkit.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges a credential, ours or another issuer's, offline: a JSON-LD credential with a Data Integrity proof or a
 * compact VC-JWT. One outcome and the five checks: a failed format, signature or issuer makes it INVALID with every
 * other check NOT_CHECKED; else revoked, suspended, not yet valid, expired or valid, in that order. Never throws for
 * bad input. Thread-safe.
 */
public final class Verifier {

    private final DataIntegrity integrity;
    private final DataModelChecks model;
    private final List<KeyResolver> resolvers;
    private final Keys keys;
    private final StatusCheck status;
    private final Clock clock;

    public Verifier(OfflineContexts contexts, List<KeyResolver> resolvers, List<StatusSource> statuses, Clock clock) {
        this.integrity = new DataIntegrity(contexts);
        this.model = new DataModelChecks(contexts);
        this.resolvers = List.copyOf(resolvers);
        this.keys = new Keys(resolvers);
        this.status = new StatusCheck(statuses);
        this.clock = clock;
    }

    /** JSON (an object) or a compact JWT; never throws for bad input, answers INVALID with the reason. */
    public Verification verify(@Nullable String credential) {
        try {
            return judge(credential == null ? "" : credential);
        } catch (RuntimeException | StackOverflowError unexpected) {
            return unreadable("credential.format.unreadable");
        }
    }

    private Verification judge(String text) {
        if (text.isBlank()) {
            return unreadable("credential.format.empty");
        }
        Optional<String> tooBig = JsonText.tooBig(text);
        if (tooBig.isPresent()) {
            return unreadable(tooBig.get());
        }
        ObjectNode credential;
        ProofResult proof;
        if (JwtProof.looksLikeJwt(text)) {
            JwtProof.Read read = JwtProof.read(text, keys);
            if (read.credential() == null) {
                return unreadable(read.formatProblem() == null ? "credential.format.not-jwt" : read.formatProblem());
            }
            credential = read.credential();
            proof = read.proof();
            if (!proof.holds()) {
                return invalid(signature(proof), Summaries.of(credential));
            }
        } else {
            Optional<JsonNode> json = JsonText.parse(text);
            if (json.isEmpty()) {
                return unreadable("credential.format.not-json");
            }
            if (!(json.get() instanceof ObjectNode object)) {
                return unreadable("credential.format.not-object");
            }
            credential = object;
            proof = null;
        }
        Check format = format(credential);
        if (format.result() == CheckResult.FAILED) {
            return invalid(format, Summaries.of(credential));
        }
        if (proof == null) {
            proof = integrity.verify(JsonText.jakarta(credential), keys);
        }
        Check signature = signature(proof);
        if (!proof.holds()) {
            return invalid(signature, Summaries.of(credential));
        }
        Check issuer = issuer(credential, proof);
        if (issuer.result() == CheckResult.FAILED) {
            return invalid(issuer, Summaries.of(credential));
        }
        Check state = status.check(credential);
        Check dates = dates(credential);
        return new Verification(
                outcome(state, dates), List.of(format, signature, state, dates, issuer), Summaries.of(credential));
    }

    private static Check signature(ProofResult proof) {
        return new Check(CheckKind.SIGNATURE, proof.result(), proof.messageKey(), proof.arguments());
    }

    private Check format(ObjectNode credential) {
        List<ModelProblem> problems = model.credential(credential, Mode.VERIFICATION);
        if (!problems.isEmpty()) {
            ModelProblem first = problems.getFirst();
            return new Check(CheckKind.FORMAT, CheckResult.FAILED, first.messageKey(), first.arguments());
        }
        List<String> urls = ContextRules.urls(credential);
        if (urls.contains(ContextRules.VC11)) {
            return new Check(CheckKind.FORMAT, CheckResult.WARNING, "credential.format.vc11", List.of());
        }
        Optional<String> older = urls.stream()
                .filter(url -> url.startsWith(ContextRules.OB_PREFIX) && !url.endsWith("extensions.json"))
                .filter(url -> !url.endsWith("context-3.0.3.json"))
                .findFirst();
        if (older.isPresent()) {
            return new Check(
                    CheckKind.FORMAT, CheckResult.WARNING, "credential.format.older-context", List.of(older.get()));
        }
        return new Check(CheckKind.FORMAT, CheckResult.PASSED, "credential.format.valid", List.of());
    }

    private Check issuer(JsonNode credential, ProofResult proof) {
        JsonNode issuer = credential.path("issuer");
        String id = (issuer.isObject() ? issuer.path("id") : issuer).asString("");
        String iss = credential.path("iss").isString() ? credential.path("iss").asString() : "";
        if (!iss.isEmpty() && !iss.equals(id)) {
            // a VC-JWT whose iss claim names another issuer than the credential it carries
            return new Check(CheckKind.ISSUER, CheckResult.FAILED, "credential.issuer.jwt-iss", List.of(iss, id));
        }
        if (proof.issuerKnown()) {
            return new Check(CheckKind.ISSUER, CheckResult.PASSED, "credential.issuer.known", List.of(id));
        }
        if (resolvers.stream().anyMatch(resolver -> resolver.knowsIssuer(id))) {
            return new Check(CheckKind.ISSUER, CheckResult.FAILED, "credential.issuer.not-its-key", List.of(id));
        }
        return new Check(CheckKind.ISSUER, CheckResult.WARNING, "credential.issuer.named-key", List.of(id));
    }

    private Check dates(JsonNode credential) {
        Instant now = clock.instant();
        // a VC-JWT's own nbf and exp count too: the stricter of each pair is taken
        Instant from = later(Summaries.date(credential, "validFrom", "issuanceDate"), seconds(credential, "nbf"));
        Instant until = earlier(Summaries.date(credential, "validUntil", "expirationDate"), seconds(credential, "exp"));
        if (from != null && from.isAfter(now)) {
            return new Check(
                    CheckKind.DATES, CheckResult.FAILED, "credential.dates.not-yet-valid", List.of(from.toString()));
        }
        if (until != null && !until.isAfter(now)) {
            return new Check(
                    CheckKind.DATES, CheckResult.FAILED, "credential.dates.expired", List.of(until.toString()));
        }
        return new Check(CheckKind.DATES, CheckResult.PASSED, "credential.dates.valid", List.of());
    }

    private static @Nullable Instant seconds(JsonNode credential, String claim) {
        JsonNode value = credential.path(claim);
        return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Outcome outcome(Check state, Check dates) {
        if ("credential.status.revoked".equals(state.messageKey())) {
            return Outcome.REVOKED;
        }
        if ("credential.status.suspended".equals(state.messageKey())) {
            return Outcome.SUSPENDED;
        }
        if ("credential.dates.not-yet-valid".equals(dates.messageKey())) {
            return Outcome.NOT_YET_VALID;
        }
        return "credential.dates.expired".equals(dates.messageKey()) ? Outcome.EXPIRED : Outcome.VALID;
    }

    private static Verification unreadable(String messageKey) {
        return invalid(new Check(CheckKind.FORMAT, CheckResult.FAILED, messageKey, List.of()), null);
    }

    /** INVALID with the one failed check and every other NOT_CHECKED. */
    private static Verification invalid(Check failed, @Nullable CredentialSummary summary) {
        List<Check> checks = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            checks.add(kind == failed.kind() ? failed : Check.notChecked(kind));
        }
        return new Verification(Outcome.INVALID, checks, summary);
    }
}
