/**
 * Spring Security for the whole platform: sessions, login, second factor, bearer tokens for the API, CSRF and response
 * headers.
 */
@NullMarked
package org.skills4cities.toolkit.security;

import org.jspecify.annotations.NullMarked;
