package org.skills4cities.toolkit.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An exam attempt's result as the exam module reported it for the case. */
public record ExamResult(UUID attemptId, boolean passed, BigDecimal percent, Instant closedAt) {}
