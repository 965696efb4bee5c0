/** Storage of framework versions in the relational database, through plain SQL. */
@NullMarked
package org.skills4cities.toolkit.framework.store;

import org.jspecify.annotations.NullMarked;
