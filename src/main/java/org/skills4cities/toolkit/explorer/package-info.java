/**
 * The explorer: server-rendered pages that let anyone browse a framework, its competences and roles, compare the
 * roles and search, in their own language.
 */
@NullMarked
package org.skills4cities.toolkit.explorer;

import org.jspecify.annotations.NullMarked;
