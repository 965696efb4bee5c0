package org.skills4cities.toolkit.exam;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled job that closes attempts at their session's end ({@link AttemptClosing}). */
@Configuration
@EnableScheduling
class ExamConfiguration {}
