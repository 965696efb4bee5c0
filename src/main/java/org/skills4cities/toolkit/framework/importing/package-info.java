/**
 * The import path for frameworks: a framework document is read, every problem in it is reported with its location,
 * and only a document without problems is stored, in one transaction.
 */
@NullMarked
@NamedInterface("importing")
package org.skills4cities.toolkit.framework.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
