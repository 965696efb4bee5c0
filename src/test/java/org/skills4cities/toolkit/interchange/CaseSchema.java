package org.skills4cities.toolkit.interchange;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 1EdTech CASE 1.1 package schema (a copy from the shared corpus), which every export must satisfy. */
final class CaseSchema {

    private static final Schema SCHEMA = load();

    private CaseSchema() {}

    static List<Error> errors(JsonNode pack) {
        return SCHEMA.validate(pack);
    }

    private static Schema load() {
        try (InputStream in = CaseSchema.class.getResourceAsStream("/case/case-v1p1-cfpackage-schema.json")) {
            // The schema names itself with a relative $id; it is read as if it lay under the 1EdTech address, which
            // is never fetched: every reference in it is internal.
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(
                            SchemaLocation.of("https://purl.imsglobal.org/spec/case/v1p1/schema/json/"),
                            JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
