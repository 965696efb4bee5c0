/**
 * The user guide: questions and answers for each target group, in six languages, read from JSON files at start,
 * searched with the framework search's analysers, shown on its own pages and linked from the pages it explains.
 */
@NullMarked
package org.skills4cities.toolkit.guide;

import org.jspecify.annotations.NullMarked;
