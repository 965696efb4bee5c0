/**
 * The certificate pages and API: the holder's certificates (PDF, credential, ELM export, registry listing), the
 * body's certificates (suspend, reinstate, revoke, renew, bulk issuance per exam session, time zone), the issuer keys
 * page, the public verification page and API, the registry of certified people, and the published DID document,
 * JWKS, issuer profiles and status lists.
 */
@NullMarked
package org.skills4cities.toolkit.certification.web;

import org.jspecify.annotations.NullMarked;
