/**
 * The exam pages and API: the item bank page of a certification body (counts against the blueprints, a question
 * previewed in any language, import with a dry run, export), the public page of each role's exam, the bank and
 * blueprint API under {@code /api/v1/exams}; a body's exam sessions (scheduling, registering candidates), a candidate's
 * exams (registration, check-in, the waiting page, the exam itself and its result) and the endpoints the exam page
 * saves its answers to and syncs its countdown with (session-authenticated, with CSRF).
 */
@NullMarked
package org.skills4cities.toolkit.exam.web;

import org.jspecify.annotations.NullMarked;
