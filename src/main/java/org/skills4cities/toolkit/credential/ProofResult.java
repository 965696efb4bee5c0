package org.skills4cities.toolkit.credential;

import java.util.List;

/** What checking the signature of a credential found: the SIGNATURE check and whether the key's issuer is known. */
record ProofResult(CheckResult result, String messageKey, List<String> arguments, boolean issuerKnown) {

    static ProofResult failed(String messageKey, String... arguments) {
        return new ProofResult(CheckResult.FAILED, messageKey, List.of(arguments), false);
    }

    boolean holds() {
        return result == CheckResult.PASSED || result == CheckResult.WARNING;
    }
}
