package org.skills4cities.toolkit.assessment;

/**
 * No assessment with this identifier that the caller may see. Someone else's assessment answers the same, so that
 * identifiers cannot be probed.
 */
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound(String id) {
        super("No assessment " + id);
    }
}
