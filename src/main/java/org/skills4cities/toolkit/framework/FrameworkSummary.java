package org.skills4cities.toolkit.framework;

/** What a list of frameworks shows of each: enough to choose one. */
public record FrameworkSummary(String slug, String version, FrameworkStatus status, LocalizedText title) {}
