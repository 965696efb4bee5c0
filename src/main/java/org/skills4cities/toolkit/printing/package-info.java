/**
 * Printable documents: HTML written for print turned into PDF with an embedded font that covers Latin, Cyrillic and
 * Greek, and the headers that let browsers and {@code curl -OJ} save it under a sensible name.
 */
@NullMarked
package org.skills4cities.toolkit.printing;

import org.jspecify.annotations.NullMarked;
