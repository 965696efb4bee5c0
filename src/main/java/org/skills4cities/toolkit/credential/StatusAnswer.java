package org.skills4cities.toolkit.credential;

/** The answer of a status list for one entry: its purpose ({@code revocation} or {@code suspension}) and its bit. */
public record StatusAnswer(String purpose, boolean set) {}
