package org.skills4cities.toolkit.framework.importing;

import java.util.UUID;

/**
 * Tells whether anything outside the framework refers to one of its items: learners' assessments, evidence,
 * certificates. The modules that hold such things provide a bean; an item any of them refers to is never deleted,
 * only retired.
 */
public interface ItemUsage {

    boolean isReferenced(String slug, UUID itemId);
}
