/**
 * Certificates: issued as Open Badges 3.0 verifiable credentials when a validation case is ready for certification
 * (and in bulk for an exam session), signed with the platform's issuer keys (rotated, every generation published),
 * suspended, reinstated, revoked and renewed through W3C Bitstring Status Lists and a revocation journal that a
 * restore from backup cannot undo; the registry of certified people; the public verification of any credential.
 */
@NullMarked
package org.skills4cities.toolkit.certification;

import org.jspecify.annotations.NullMarked;
