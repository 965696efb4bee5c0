package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An assessor's request for more evidence: the message to the candidate and the competences it concerns, if said. */
public record EvidenceRequest(UUID id, String message, List<String> competences, String askedBy, Instant askedAt) {

    public EvidenceRequest {
        competences = List.copyOf(competences);
    }
}
