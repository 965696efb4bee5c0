/** The JSON API over frameworks, competences, roles and role comparisons. */
@NullMarked
package org.skills4cities.toolkit.framework.web;

import org.jspecify.annotations.NullMarked;
