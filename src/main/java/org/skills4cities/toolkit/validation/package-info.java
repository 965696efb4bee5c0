/**
 * Validation of competences: a candidate's case for a role with a certification body, taken through the four phases
 * of the Skills4Cities validation guidelines (identification, documentation, assessment, certification) by guarded
 * transitions; the claims taken from the candidate's self-assessment, the evidence portfolio, the assessors' ratings,
 * requests and decision, the exam result, and the history of every step.
 */
@NullMarked
package org.skills4cities.toolkit.validation;

import org.jspecify.annotations.NullMarked;
