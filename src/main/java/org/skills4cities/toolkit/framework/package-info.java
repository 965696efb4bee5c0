/**
 * Competence frameworks: areas and competences in a tree, a proficiency scale with level descriptors, and the role
 * profiles that require competences at a level. The Skills4Cities reference framework is one instance.
 */
@NullMarked
package org.skills4cities.toolkit.framework;

import org.jspecify.annotations.NullMarked;
