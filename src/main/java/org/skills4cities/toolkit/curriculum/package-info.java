/**
 * The curricula package: training modules, one per competence area of a framework, whose units have learning outcomes
 * mapped to competence × level; the curriculum of a role derived from its requirements; the coverage check; learning
 * paths that close a person's gaps; and the course offers training providers publish for the units.
 */
@NullMarked
package org.skills4cities.toolkit.curriculum;

import org.jspecify.annotations.NullMarked;
