/**
 * Frameworks in and out of the toolkit in other systems' formats: 1EdTech CASE packages (a CASE 1.1 export that reads
 * back without loss, a lenient reader of CASE 1.0 and 1.1 packages, and a read-only CASE REST provider), whole
 * frameworks as CSV and XLSX spreadsheets (sub-package {@code spreadsheet}), and DigComp 3.0 and ESCO skills
 * collections (sub-package {@code outside}). Readers plug into the import path as {@code FrameworkReader} beans,
 * writers into the export as {@link org.skills4cities.toolkit.interchange.FrameworkWriter} beans.
 */
@NullMarked
package org.skills4cities.toolkit.interchange;

import org.jspecify.annotations.NullMarked;
