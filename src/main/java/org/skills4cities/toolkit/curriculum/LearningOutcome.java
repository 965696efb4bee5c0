package org.skills4cities.toolkit.curriculum;

import org.skills4cities.toolkit.framework.LocalizedText;

/** What a unit takes a learner to: a level of one competence, said as an observable outcome. */
public record LearningOutcome(String competence, int level, LocalizedText text) {}
