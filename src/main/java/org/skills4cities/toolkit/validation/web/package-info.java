/** The validation pages of candidates and assessors, the evidence downloads and the validation API. */
@NullMarked
package org.skills4cities.toolkit.validation.web;

import org.jspecify.annotations.NullMarked;
