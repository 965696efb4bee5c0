/**
 * The exam pages and API of the item bank: the bank page of a certification body (counts against the blueprints, a
 * question previewed in any language, import with a dry run, export), the public page of each role's exam, and the
 * bank and blueprint API under {@code /api/v1/exams}.
 */
@NullMarked
package org.skills4cities.toolkit.exam.web;

import org.jspecify.annotations.NullMarked;
