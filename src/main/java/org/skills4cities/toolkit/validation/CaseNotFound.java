package org.skills4cities.toolkit.validation;

/**
 * No such case, or none the person may see; also a piece of evidence that does not exist or that the person may not
 * open. Both answer 404, so that nobody learns what exists.
 */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String id) {
        super("No validation case or evidence " + id);
    }
}
