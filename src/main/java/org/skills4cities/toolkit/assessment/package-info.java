/**
 * Self-assessment against a framework: a person rates themselves on each competence (0 = not yet, then the
 * framework's levels), with or without an account; the gap report against a role (readiness, gaps, best-matching
 * role, learning path from the curricula); private share links; sharing with an organisation and the team view of a
 * city's HR department.
 */
@NullMarked
package org.skills4cities.toolkit.assessment;

import org.jspecify.annotations.NullMarked;
