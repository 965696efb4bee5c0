package org.skills4cities.toolkit.account;

import java.time.Instant;

/** Codes an authenticator app would show, for tests. */
public final class TotpCodes {

    private TotpCodes() {}

    /** The code of the step {@code offset} steps from the one of {@code now}. */
    public static String now(String secret, Instant now, int offset) {
        return Totp.code(Totp.unbase32(secret), now.getEpochSecond() / Totp.STEP_SECONDS + offset);
    }
}
