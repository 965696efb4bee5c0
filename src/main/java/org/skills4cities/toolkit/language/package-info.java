/** The six languages of the toolkit and how a request chooses one. */
@NullMarked
package org.skills4cities.toolkit.language;

import org.jspecify.annotations.NullMarked;
