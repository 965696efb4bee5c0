package org.skills4cities.toolkit.framework;

/** One step of a framework's proficiency scale, with the EQF level it corresponds to. */
public record ProficiencyLevel(int level, int eqfLevel, LocalizedText title, LocalizedText description) {}
