package org.skills4cities.toolkit.framework.importing;

import org.jspecify.annotations.Nullable;

/**
 * What the caller of an import says about the file: the framework id (slug) and version to store it under, for
 * formats that do not carry them or to override what they carry. Both may be absent.
 */
public record ReadOptions(@Nullable String slug, @Nullable String version) {

    public static final ReadOptions NONE = new ReadOptions(null, null);
}
