/**
 * What every HTTP answer shares: the language of API answers, errors as RFC 9457 problem details in the user's
 * language, and error pages.
 */
@NullMarked
package org.skills4cities.toolkit.web;

import org.jspecify.annotations.NullMarked;
