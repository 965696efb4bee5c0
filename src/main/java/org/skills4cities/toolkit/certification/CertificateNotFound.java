package org.skills4cities.toolkit.certification;

/** No such certificate, or none the person may act on: both answer 404, so that nobody learns what exists. */
public class CertificateNotFound extends RuntimeException {

    public CertificateNotFound(String id) {
        super("No certificate " + id);
    }
}
