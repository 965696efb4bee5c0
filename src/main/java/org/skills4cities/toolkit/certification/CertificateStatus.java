package org.skills4cities.toolkit.certification;

import java.util.Locale;

/**
 * Where a certificate stands by the body's decisions. Whether it has expired follows from its dates and is not a
 * status: a suspended certificate can be reinstated, a revoked one never.
 */
public enum CertificateStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
