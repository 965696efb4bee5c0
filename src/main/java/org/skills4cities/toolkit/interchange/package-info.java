/**
 * Frameworks in and out of the toolkit in other systems' formats: 1EdTech CASE 1.1 packages (export, and a read-only
 * CASE REST provider), and whole frameworks as CSV and XLSX spreadsheets (sub-package {@code spreadsheet}).
 */
@NullMarked
package org.skills4cities.toolkit.interchange;

import org.jspecify.annotations.NullMarked;
