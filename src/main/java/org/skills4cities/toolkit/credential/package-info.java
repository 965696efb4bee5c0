/**
 * Verifiable-credential standards, offline: the JSON-LD contexts shipped with the toolkit, Data Integrity
 * {@code eddsa-rdfc-2022} proofs, VC-JWT, Multikey and {@code did:key}, W3C Bitstring Status Lists, the VC 2.0 and
 * Open Badges 3.0 data-model checks and the {@link org.skills4cities.toolkit.credential.Verifier} that judges a
 * credential. No database, no pages, never the network ({@code docs/credentials.md}).
 */
@NullMarked
package org.skills4cities.toolkit.credential;

import org.jspecify.annotations.NullMarked;
