package org.skills4cities.toolkit.curriculum;

/** A unit code that names no unit of the framework's curricula, or a framework that has no curricula. */
public class UnitNotFound extends RuntimeException {

    private final String framework;
    private final String code;

    public UnitNotFound(String framework, String code) {
        super("No unit " + code + " in the curricula of " + framework);
        this.framework = framework;
        this.code = code;
    }

    public String framework() {
        return framework;
    }

    public String code() {
        return code;
    }
}
