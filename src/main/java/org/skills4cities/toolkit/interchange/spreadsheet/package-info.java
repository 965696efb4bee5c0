/**
 * Whole frameworks as spreadsheets, CSV and XLSX, in one lossless "long" layout of one row per value (described in
 * {@code docs/spreadsheet-format.md}): writers for download and {@code FrameworkReader}s for import.
 */
@NullMarked
package org.skills4cities.toolkit.interchange.spreadsheet;

import org.jspecify.annotations.NullMarked;
