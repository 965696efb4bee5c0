package org.skills4cities.toolkit.accreditation;

/** An application, accreditation or file that does not exist, or that the person may not see: the same to them. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("Not found: " + what);
    }
}
