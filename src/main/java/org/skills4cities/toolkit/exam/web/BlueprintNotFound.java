package org.skills4cities.toolkit.exam.web;

/** Thrown when no exam blueprint exists for the role asked for. */
final class BlueprintNotFound extends RuntimeException {

    BlueprintNotFound(String role) {
        super("No exam blueprint for role " + role);
    }
}
