/**
 * Full-text search over framework texts with Apache Lucene: each language of a text is analysed by that language's
 * analyser, and hits come back with the matching passage highlighted.
 */
@NullMarked
package org.skills4cities.toolkit.search;

import org.jspecify.annotations.NullMarked;
