/** The self-assessment pages, the gap report (page, PDF, CSV, share links), the team view and their JSON API. */
@NullMarked
package org.skills4cities.toolkit.assessment.web;

import org.jspecify.annotations.NullMarked;
