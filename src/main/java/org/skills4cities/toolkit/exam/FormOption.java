package org.skills4cities.toolkit.exam;

import org.skills4cities.toolkit.framework.LocalizedText;

/** One option of a question as the candidate sees it: its id in the bank and its text, without whether it is right. */
public record FormOption(String id, LocalizedText text) {}
