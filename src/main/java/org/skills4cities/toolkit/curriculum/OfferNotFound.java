package org.skills4cities.toolkit.curriculum;

/**
 * A training provider whose offers the caller may not manage, or an offer the provider does not have: answered as if
 * it did not exist.
 */
public class OfferNotFound extends RuntimeException {

    public OfferNotFound(String what) {
        super("No course offers to manage at " + what);
    }
}
