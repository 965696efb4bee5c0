package org.skills4cities.toolkit.framework;

/** What a person does with one competence at one proficiency level. */
public record LevelDescriptor(int level, LocalizedText description) {}
