package org.skills4cities.toolkit.exam;

/**
 * Thrown when the item bank of an organisation is asked for by someone who may not see it, or of an organisation
 * that is no certification body: for them it does not exist.
 */
public final class BankNotFound extends RuntimeException {

    public BankNotFound(String organisation) {
        super("No item bank for organisation " + organisation);
    }
}
