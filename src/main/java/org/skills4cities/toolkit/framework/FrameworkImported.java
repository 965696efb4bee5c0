package org.skills4cities.toolkit.framework;

/** A framework version was stored through the import path. */
public record FrameworkImported(String slug, String version) {}
