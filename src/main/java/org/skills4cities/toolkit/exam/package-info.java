/**
 * Certification exams: the item bank (questions tagged by competence and level, in several languages), the exam
 * blueprint of each role, forms drawn from the bank by the blueprint, exam sessions scheduled by a certification body,
 * attempts taken in the browser against the server's clock, and scoring in exact arithmetic.
 */
@NullMarked
package org.skills4cities.toolkit.exam;

import org.jspecify.annotations.NullMarked;
