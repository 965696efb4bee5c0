package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.UUID;
import org.skills4cities.toolkit.framework.FrameworkVersion;

/**
 * Published when a validated case's candidate has passed the exam: the certification body may now issue the
 * certificate for the role. The certificates module listens to it.
 */
public record CaseReadyForCertification(
        UUID caseId, UUID candidateId, UUID bodyId, FrameworkVersion framework, String roleCode, Instant readyAt) {}
