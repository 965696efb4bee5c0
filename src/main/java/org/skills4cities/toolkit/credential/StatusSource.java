package org.skills4cities.toolkit.credential;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Answers a {@code credentialStatus} entry, offline; empty when the list is not known here. */
public interface StatusSource {

    Optional<StatusAnswer> status(JsonNode credentialStatusEntry);
}
