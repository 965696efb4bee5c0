/**
 * Accreditation of training organisations and trainers against the Skills4Cities quality criteria: the criteria as
 * content in six languages, applications to a certification body with a statement and evidence per criterion, the
 * assessor's review and decision with a validity period, renewal and withdrawal, and the public registries of
 * accredited training organisations and trainers ({@code docs/accreditation.md}).
 */
@NullMarked
package org.skills4cities.toolkit.accreditation;

import org.jspecify.annotations.NullMarked;
