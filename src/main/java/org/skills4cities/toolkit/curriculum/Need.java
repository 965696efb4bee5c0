package org.skills4cities.toolkit.curriculum;

/** A step a learner needs in one competence: from the level they have to the level required, mandatory or not. */
public record Need(String competence, int from, int to, boolean mandatory) {}
