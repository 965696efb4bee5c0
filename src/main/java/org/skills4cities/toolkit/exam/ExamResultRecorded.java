package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when an exam attempt is closed and scored: who took the exam of which role (in the framework given by its
 * slug), whether it passed, and the overall percentage, rounded once. The validation module records it on the
 * candidate's case.
 */
public record ExamResultRecorded(
        UUID attemptId,
        UUID candidateId,
        String frameworkSlug,
        String roleCode,
        boolean passed,
        BigDecimal percent,
        Instant closedAt) {}
