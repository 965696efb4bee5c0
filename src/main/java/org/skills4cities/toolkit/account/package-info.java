/**
 * People and organisations: accounts, their roles within organisations, passwords (Argon2id), second factor (TOTP),
 * access tokens, one-time links, login throttling, and each person's own data.
 */
@NullMarked
package org.skills4cities.toolkit.account;

import org.jspecify.annotations.NullMarked;
