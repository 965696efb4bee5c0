package org.skills4cities.toolkit.credential;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The W3C VC 2.0 data model (and VC 1.1 when verifying) plus the Open Badges 3.0 credential types, checked on the JSON
 * and by JSON-LD expansion with the shipped contexts. Every problem is reported with its JSON pointer; an empty list
 * means the document conforms. Thread-safe.
 */
public final class DataModelChecks {

    static final Set<String> OB_TYPES =
            Set.of("OpenBadgeCredential", "AchievementCredential", "EndorsementCredential", "ClrCredential");
    private static final Pattern DATE_TIME =
            Pattern.compile("-?\\d{4,}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final List<String> TYPED =
            List.of("evidence", "credentialStatus", "termsOfUse", "refreshService", "credentialSchema", "proof");

    private final Set<String> shipped;
    private final Expansion expansion;

    public DataModelChecks(OfflineContexts contexts) {
        this.shipped = contexts.urls();
        this.expansion = new Expansion(contexts);
    }

    /** The problems of a credential checked as issuance input (its issuer may be absent) or for verification. */
    public List<ModelProblem> credential(JsonNode json, Mode mode) {
        Problems problems = new Problems();
        credential(json, mode, problems);
        return problems.list();
    }

    /** The problems of a verifiable presentation and of the credentials it embeds. */
    public List<ModelProblem> presentation(JsonNode json) {
        Problems problems = new Problems();
        if (!json.isObject()) {
            problems.add("", "not-object");
            return problems.list();
        }
        boolean usable = ContextRules.check(json, shipped, false, problems);
        if (!Problems.types(json.path("type")).contains("VerifiablePresentation")) {
            problems.add("/type", "type-presentation");
        }
        problems.id(json.path("id"), "/id");
        JsonNode holder = json.path("holder");
        JsonNode holderId = holder.isObject() ? holder.path("id") : holder;
        if (!holder.isMissingNode() && !(holderId.isString() && Problems.isUrl(holderId.stringValue()))) {
            problems.add(holder.isObject() ? "/holder/id" : "/holder", "holder-not-url");
        }
        List<JsonNode> credentials =
                json.has("verifiableCredential") ? Problems.values(json.get("verifiableCredential")) : List.of();
        for (int i = 0; i < credentials.size(); i++) {
            embedded(credentials.get(i), "/verifiableCredential/" + i, problems);
        }
        if (usable && problems.isEmpty()) {
            expansion.check(json, problems);
        }
        return problems.list();
    }

    private void embedded(JsonNode credential, String pointer, Problems problems) {
        if (!credential.isObject()) {
            problems.add(pointer, "presentation-credential-not-object");
        } else if (Problems.types(credential.path("type")).contains("EnvelopedVerifiableCredential")) {
            if (!credential.path("id").asString("").startsWith("data:")) {
                problems.add(
                        pointer + "/id", "id-not-url", credential.path("id").asString(""));
            }
        } else {
            for (ModelProblem inner : credential(credential, Mode.VERIFICATION)) {
                List<String> arguments =
                        inner.arguments().subList(1, inner.arguments().size());
                problems.add(
                        pointer + inner.pointer(),
                        inner.messageKey().substring("credential.model.".length()),
                        arguments.toArray(String[]::new));
            }
        }
    }

    private void credential(JsonNode json, Mode mode, Problems problems) {
        if (!json.isObject()) {
            problems.add("", "not-object");
            return;
        }
        boolean usable = ContextRules.check(json, shipped, mode == Mode.VERIFICATION, problems);
        type(json, problems);
        problems.id(json.path("id"), "/id");
        issuer(json.path("issuer"), mode, problems);
        subjects(json.path("credentialSubject"), problems);
        problems.languageValue(json.path("name"), "/name");
        problems.languageValue(json.path("description"), "/description");
        dates(json, mode, problems);
        TYPED.forEach(name -> problems.typedObjects(json.path(name), name));
        if (usable && problems.isEmpty()) {
            expansion.check(json, problems);
        }
    }

    private static void type(JsonNode json, Problems problems) {
        List<String> types = Problems.types(json.path("type"));
        if (types.isEmpty()) {
            problems.add("/type", "type-missing");
            return;
        }
        if (!types.contains("VerifiableCredential")) {
            problems.add("/type", "type-base");
        }
        boolean openBadge = ContextRules.urls(json).stream()
                .anyMatch(url -> url.startsWith(ContextRules.OB_PREFIX) || url.startsWith(ContextRules.CLR_PREFIX));
        if (openBadge && types.stream().noneMatch(OB_TYPES::contains)) {
            problems.add("/type", "type-open-badge", String.join(", ", types));
        }
    }

    private static void issuer(JsonNode issuer, Mode mode, Problems problems) {
        if (issuer.isMissingNode()) {
            if (mode == Mode.VERIFICATION) {
                problems.add("/issuer", "issuer-missing");
            }
            return;
        }
        if (issuer.isString()) {
            if (!Problems.isUrl(issuer.stringValue())) {
                problems.add("/issuer", "issuer-not-url", issuer.stringValue());
            }
        } else if (issuer.isObject()) {
            JsonNode id = issuer.path("id");
            if (id.isMissingNode() && mode == Mode.VERIFICATION) {
                problems.add("/issuer/id", "issuer-missing");
            } else if (!id.isMissingNode() && !(id.isString() && Problems.isUrl(id.stringValue()))) {
                problems.add("/issuer/id", "issuer-not-url", id.isString() ? id.stringValue() : id.toString());
            }
            problems.languageValue(issuer.path("name"), "/issuer/name");
            problems.languageValue(issuer.path("description"), "/issuer/description");
        } else {
            problems.add("/issuer", "issuer-invalid");
        }
    }

    private static void subjects(JsonNode subject, Problems problems) {
        if (subject.isMissingNode() || subject.isNull()) {
            problems.add("/credentialSubject", "subject-missing");
            return;
        }
        List<JsonNode> all = Problems.values(subject);
        for (int i = 0; i < all.size(); i++) {
            String pointer = "/credentialSubject" + (subject.isArray() ? "/" + i : "");
            JsonNode one = all.get(i);
            if (!one.isObject()) {
                problems.add(pointer, "not-object");
            } else if (one.isEmpty()) {
                problems.add(pointer, "subject-empty");
            } else {
                problems.id(one.path("id"), pointer + "/id");
            }
        }
    }

    private static void dates(JsonNode json, Mode mode, Problems problems) {
        boolean vc11 = ContextRules.urls(json).contains(ContextRules.VC11);
        Instant from = date(json, vc11 ? "issuanceDate" : "validFrom", problems);
        Instant until = date(json, vc11 ? "expirationDate" : "validUntil", problems);
        if (vc11 && mode == Mode.VERIFICATION && !json.has("issuanceDate")) {
            problems.add("/issuanceDate", "date-missing");
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(vc11 ? "/expirationDate" : "/validUntil", "dates-order");
        }
    }

    private static @Nullable Instant date(JsonNode json, String name, Problems problems) {
        JsonNode value = json.path(name);
        if (value.isMissingNode()) {
            return null;
        }
        String text = value.isString() ? value.stringValue() : value.toString();
        Instant instant = instant(text);
        if (instant == null) {
            problems.add("/" + name, "date-invalid", text);
        }
        return instant;
    }

    /** An XSD {@code dateTimeStamp} (with its zone) as an instant, or null. */
    static @Nullable Instant instant(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
