package org.skills4cities.toolkit.framework;

/** A role's demand on one competence: the proficiency level it needs, and whether it is mandatory. */
public record Requirement(String competence, int level, boolean mandatory) {}
