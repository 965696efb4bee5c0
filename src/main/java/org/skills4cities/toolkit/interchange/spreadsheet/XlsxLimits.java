package org.skills4cities.toolkit.interchange.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big an uploaded XLSX workbook may be, checked before it is unpacked: the file, the number of its zip entries,
 * and the bytes each entry and all of them unpack to, counted while unpacking.
 */
@ConfigurationProperties("toolkit.interchange.xlsx")
record XlsxLimits(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("30MB") DataSize maxEntrySize,
        @DefaultValue("60MB") DataSize maxInflatedSize) {

    static final XlsxLimits DEFAULTS =
            new XlsxLimits(DataSize.ofMegabytes(20), 1000, DataSize.ofMegabytes(30), DataSize.ofMegabytes(60));
}
