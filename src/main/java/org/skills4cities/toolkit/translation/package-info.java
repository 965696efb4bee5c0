/**
 * How far the toolkit is translated: for each of the six languages, which interface messages and which texts of each
 * framework are written in it and which are missing, for editors (page and API) and for the build's own check.
 */
@NullMarked
package org.skills4cities.toolkit.translation;

import org.jspecify.annotations.NullMarked;
