package org.skills4cities.toolkit.exam;

import org.skills4cities.toolkit.framework.LocalizedText;

/** One option of a choice question; {@code id} is stable within its question ("a", "b", …). */
public record ChoiceOption(String id, LocalizedText text, boolean correct) {}
