/**
 * The audit log: authentication events and administrative changes, who did what, when (UTC) and from where.
 */
@NullMarked
package org.skills4cities.toolkit.audit;

import org.jspecify.annotations.NullMarked;
