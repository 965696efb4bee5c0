package org.skills4cities.toolkit.framework;

import org.jspecify.annotations.Nullable;

/** A document a competence rests on: an entry of the competencies map. */
public record Source(String citation, @Nullable String url) {}
