package org.skills4cities.toolkit.credential;

import java.util.List;

/** One check of a verification: its result and a message key ({@code credential.…}) with plain-string arguments. */
public record Check(CheckKind kind, CheckResult result, String messageKey, List<String> arguments) {

    public Check {
        arguments = List.copyOf(arguments);
    }

    static Check notChecked(CheckKind kind) {
        return new Check(kind, CheckResult.NOT_CHECKED, "credential.check.not-checked", List.of());
    }
}
