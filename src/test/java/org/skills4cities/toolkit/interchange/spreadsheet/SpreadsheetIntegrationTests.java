package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.importing.FrameworkImport;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.skills4cities.toolkit.framework.importing.ImportPlan;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.FrameworkWriter;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The spreadsheet readers and writers as the application has them, on the framework as the database keeps it. */
@SpringBootTest
@AutoConfigureMockMvc
class SpreadsheetIntegrationTests {

    @Autowired
    List<FrameworkReader> readers;

    @Autowired
    List<FrameworkWriter> allWriters;

    @Autowired
    XlsxLimits limits;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    FrameworkImport imports;

    @Test
    void offersCsvAndXlsxWithTheDefaultLimits() {
        assertThat(readers).extracting(FrameworkReader::format).contains("csv", "xlsx");
        assertThat(allWriters).extracting(FrameworkWriter::format).contains("csv", "xlsx");
        assertThat(limits).isEqualTo(XlsxLimits.DEFAULTS);
    }

    @Test
    void givesBackTheStoredReferenceFrameworkFromEitherFormat() {
        Framework stored = catalogue.get("skills4cities");

        for (FrameworkWriter writer : spreadsheetWriters()) {
            FrameworkReader reader = readers.stream()
                    .filter(r -> r.format().equals(writer.format()))
                    .findFirst()
                    .orElseThrow();
            byte[] file = writer.write(stored, Language.ES);

            assertThat(reader.read(file, ReadOptions.NONE).framework())
                    .as(writer.format())
                    .isEqualTo(stored);
        }
    }

    @Test
    void findsNothingToChangeWhenAnExportedSheetIsImportedAgain() {
        Framework stored = catalogue.get("skills4cities");

        for (FrameworkWriter writer : spreadsheetWriters()) {
            byte[] file = writer.write(stored, Language.EL);

            ImportPlan plan = imports.dryRun(request(file, writer.format()));

            assertThat(plan.outcome()).as(writer.format()).isEqualTo(ImportPlan.Outcome.UNCHANGED);
        }
    }

    @Test
    void wouldCreateANewFrameworkFromTheTemplate() throws IOException {
        byte[] template = Files.readAllBytes(Path.of("docs", "templates", "framework-template.csv"));

        ImportPlan plan = imports.dryRun(request(template, "csv"));

        assertThat(plan.outcome()).isEqualTo(ImportPlan.Outcome.CREATE);
        assertThat(plan.slug()).isEqualTo("my-framework");
        assertThat(plan.warnings()).isEmpty();
    }

    private static FrameworkImport.Request request(byte[] file, String format) {
        return new FrameworkImport.Request(file, format, ReadOptions.NONE, Set.of(), new ImportAccess() {
            @Override
            public String actor() {
                return "spreadsheet test";
            }

            @Override
            public boolean mayWrite(@Nullable UUID owner) {
                return true;
            }

            @Override
            public @Nullable UUID ownerOfNew() {
                return null;
            }
        });
    }

    private List<FrameworkWriter> spreadsheetWriters() {
        return allWriters.stream()
                .filter(w -> w.format().equals("csv") || w.format().equals("xlsx"))
                .toList();
    }
}
