package org.skills4cities.toolkit.interchange;

import java.util.List;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a 1EdTech CASE 1.0 or 1.1 package (CFPackage JSON) into a framework, leniently: real packages break their
 * own schema, and whatever the reader can read past is a warning. Only a file that is not JSON, has no CFDocument or
 * no title, or whose {@code isChildOf} associations go round in a cycle is refused. See docs/case.md.
 */
@Component
class CaseReader implements FrameworkReader {

    private final JsonMapper json;

    CaseReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String format() {
        return "case";
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        JsonNode root = parse(content);
        if (root == null || !root.isObject()) {
            throw rejected("/", "notObject");
        }
        if (!root.path("CFDocument").isObject()) {
            throw rejected("/CFDocument", "caseNoDocument");
        }
        return new CaseReading(new CaseNodes(json), root, options).read();
    }

    private JsonNode parse(byte[] content) {
        try {
            return json.readTree(content);
        } catch (JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String location = at == null ? "/" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw rejected(location, "invalidJson", malformed.getOriginalMessage());
        }
    }

    private static FrameworkRejected rejected(String location, String code, Object... arguments) {
        return new FrameworkRejected(List.of(ImportProblem.at(location, code, arguments)));
    }
}
