/**
 * The documents a certificate is given out as, made from a plain {@link
 * org.skills4cities.toolkit.certification.document.CertificateContent}: the PDF in the holder's language with a QR
 * code to the verification page, and the unsigned European Learning Model (ELM v3) JSON-LD export.
 */
@NullMarked
package org.skills4cities.toolkit.certification.document;

import org.jspecify.annotations.NullMarked;
