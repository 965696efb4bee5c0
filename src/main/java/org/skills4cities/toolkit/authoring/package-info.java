/**
 * Writing frameworks: the import API (any format, with a dry run), the versions of a framework (publish, new draft,
 * compare, history), cities' adaptations, and the editing pages for content editors. Who may write a framework is
 * decided here, from the accounts module: platform admins write the platform's frameworks, content editors and HR
 * managers those of their organisation.
 */
@NullMarked
package org.skills4cities.toolkit.authoring;

import org.jspecify.annotations.NullMarked;
