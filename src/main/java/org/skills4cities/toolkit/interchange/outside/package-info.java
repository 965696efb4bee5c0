/**
 * Readers for frameworks published by others in their own formats: the JRC's DigComp 3.0 data supplement (JSON-LD)
 * and ESCO skills collections (CSV). Each turns a file into a draft framework the explorer can show; the mapping is in
 * {@code docs/outside-frameworks.md}.
 */
@NullMarked
package org.skills4cities.toolkit.interchange.outside;

import org.jspecify.annotations.NullMarked;
