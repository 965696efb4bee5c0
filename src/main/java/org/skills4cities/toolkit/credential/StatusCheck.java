package org.skills4cities.toolkit.credential;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The STATUS check: every {@code credentialStatus} entry asked of the status sources known here. */
final class StatusCheck {

    private final List<StatusSource> sources;

    StatusCheck(List<StatusSource> sources) {
        this.sources = List.copyOf(sources);
    }

    Check check(JsonNode credential) {
        JsonNode status = credential.path("credentialStatus");
        if (status.isMissingNode()) {
            return new Check(CheckKind.STATUS, CheckResult.PASSED, "credential.status.none", List.of());
        }
        boolean unanswered = false;
        boolean suspended = false;
        for (JsonNode entry : Problems.values(status)) {
            Optional<StatusAnswer> answer = answer(entry);
            if (answer.isEmpty()) {
                unanswered = true;
            } else if (answer.get().set() && "revocation".equals(answer.get().purpose())) {
                return new Check(CheckKind.STATUS, CheckResult.FAILED, "credential.status.revoked", List.of());
            } else if (answer.get().set()) {
                suspended |= "suspension".equals(answer.get().purpose());
            }
        }
        if (suspended) {
            return new Check(CheckKind.STATUS, CheckResult.FAILED, "credential.status.suspended", List.of());
        }
        return unanswered
                ? new Check(CheckKind.STATUS, CheckResult.WARNING, "credential.status.offline", List.of())
                : new Check(CheckKind.STATUS, CheckResult.PASSED, "credential.status.clear", List.of());
    }

    private Optional<StatusAnswer> answer(JsonNode entry) {
        for (StatusSource source : sources) {
            try {
                Optional<StatusAnswer> answer = source.status(entry);
                if (answer.isPresent()) {
                    return answer;
                }
            } catch (RuntimeException failed) {
                // a source that fails is one that cannot answer
            }
        }
        return Optional.empty();
    }
}
