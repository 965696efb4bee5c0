/**
 * The accreditation pages (applications, reviews, withdrawal), the public registries of accredited training
 * organisations and trainers, and their JSON API.
 */
@NullMarked
package org.skills4cities.toolkit.accreditation.web;

import org.jspecify.annotations.NullMarked;
