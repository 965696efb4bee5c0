package org.skills4cities.toolkit.guide;

import org.skills4cities.toolkit.language.Language;

/**
 * An entry a search of the guide found. {@code highlight} is HTML: the passage that matched, escaped, with the
 * matching words in {@code <mark>}, in {@code language}, the language the query matched in (the reader's own first).
 */
public record GuideHit(GuideEntry entry, String highlight, Language language, float score) {}
