package org.skills4cities.toolkit.language;

/** A request named a language that the toolkit does not speak. */
public class UnsupportedLanguage extends RuntimeException {

    private final String requested;

    public UnsupportedLanguage(String requested) {
        super("Unsupported language '" + requested + "'");
        this.requested = requested;
    }

    public String requested() {
        return requested;
    }
}
