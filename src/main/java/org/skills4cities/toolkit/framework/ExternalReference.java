package org.skills4cities.toolkit.framework;

import org.jspecify.annotations.Nullable;

/**
 * A link from a competence to an item of an outside framework such as ESCO, e-CF or DigComp; the title is that item's
 * label, in the languages it is known in.
 */
public record ExternalReference(
        String framework, @Nullable String code, @Nullable String uri, LocalizedText title) {}
