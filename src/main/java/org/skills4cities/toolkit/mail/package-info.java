/**
 * Mail to people: through SMTP when it is configured, else into an outbox folder that platform admins read in the
 * platform.
 */
@NullMarked
package org.skills4cities.toolkit.mail;

import org.jspecify.annotations.NullMarked;
