/** The curricula pages (modules, units, role curricula, coverage, course offers) and their JSON API. */
@NullMarked
package org.skills4cities.toolkit.curriculum.web;

import org.jspecify.annotations.NullMarked;
