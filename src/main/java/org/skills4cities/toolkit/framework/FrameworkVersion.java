package org.skills4cities.toolkit.framework;

/** A framework named by its slug and one of its versions, as a {@code basedOn} link points at it. */
public record FrameworkVersion(String slug, String version) {}
