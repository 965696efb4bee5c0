package org.skills4cities.toolkit.mail;

/** A plain-text message to one address, already written in its reader's language. */
public record Mail(String to, String subject, String body) {}
