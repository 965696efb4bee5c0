package org.skills4cities.toolkit.account;

/** A field of a form or request that cannot be taken as it is; message {@code account.invalid.<field>.<problem>}. */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String problem;

    public InvalidInput(String field, String problem) {
        super("Field " + field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    public String messageKey() {
        return "account.invalid." + field + "." + problem;
    }
}
