package org.skills4cities.toolkit.account;

/** Whether an account may log in: not until its email is confirmed, and not while an admin has disabled it. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DISABLED
}
