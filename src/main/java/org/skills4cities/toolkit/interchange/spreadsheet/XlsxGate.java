package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/**
 * Looks into an uploaded XLSX file before POI unpacks it, so that a zip bomb is refused after a bounded amount of
 * work and memory: the file size, the number of zip entries, and the bytes each entry really inflates to, counted
 * while inflating (by {@code java.util.zip.Inflater}) and stopped at the limit, since the sizes a zip file declares
 * can lie. The entries are read one after the other from their local headers, as POI reads them; the zip reader of
 * the JDK cannot be used for that, as it misreads the data descriptors of the zip64-style entries POI writes.
 */
final class XlsxGate {

    /** Where a problem of the whole file is. */
    static final String FILE = "file";

    private static final int BUFFER = 64 * 1024;

    private final XlsxLimits limits;

    XlsxGate(XlsxLimits limits) {
        this.limits = limits;
    }

    /** The first reason to refuse the file, if there is one. */
    Optional<ImportProblem> check(byte[] content) {
        if (content.length > limits.maxFileSize().toBytes()) {
            return problem("fileTooLarge", limits.maxFileSize().toMegabytes());
        }
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            return entries(zip);
        } catch (IOException | IllegalArgumentException notZip) {
            return problem("notXlsx");
        }
    }

    private Optional<ImportProblem> entries(ZipArchiveInputStream zip) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int entries = 0;
        long total = 0;
        boolean contentTypes = false;
        for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++entries > limits.maxEntries()) {
                return problem("tooManyEntries", limits.maxEntries());
            }
            contentTypes |= entry.getName().equals("[Content_Types].xml");
            long size = 0;
            for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                size += read;
                total += read;
                if (size > limits.maxEntrySize().toBytes()) {
                    return problem(
                            "entryTooLarge",
                            entry.getName(),
                            limits.maxEntrySize().toMegabytes());
                }
                if (total > limits.maxInflatedSize().toBytes()) {
                    return problem("inflatedTooLarge", limits.maxInflatedSize().toMegabytes());
                }
            }
        }
        return contentTypes ? Optional.empty() : problem("notXlsx");
    }

    private static Optional<ImportProblem> problem(String code, Object... arguments) {
        return Optional.of(ImportProblem.at(FILE, code, arguments));
    }
}
