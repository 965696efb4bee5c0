/**
 * Frameworks in and out of the toolkit in other systems' formats: 1EdTech CASE packages (a CASE 1.1 export that reads
 * back without loss, a lenient reader of CASE 1.0 and 1.1 packages for the import path, and a read-only CASE REST
 * provider). CSV/XLSX come next.
 */
@NullMarked
package org.skills4cities.toolkit.interchange;

import org.jspecify.annotations.NullMarked;
