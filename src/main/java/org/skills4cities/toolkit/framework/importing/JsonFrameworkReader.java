package org.skills4cities.toolkit.framework.importing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The toolkit's own framework format ({@code docs/framework-format.md}) as one of the formats an import takes. */
@Component
class JsonFrameworkReader implements FrameworkReader {

    private final FrameworkDocumentReader reader;

    JsonFrameworkReader(JsonMapper json) {
        this.reader = new FrameworkDocumentReader(json);
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        var framework = reader.read(new ByteArrayInputStream(content)).orThrow();
        if (options.slug() != null || options.version() != null) {
            framework = framework.asVersion(
                    framework.id(),
                    options.slug() != null ? options.slug() : framework.slug(),
                    options.version() != null ? options.version() : framework.version(),
                    framework.status(),
                    framework.owner());
        }
        return new FrameworkReading(framework, List.of());
    }
}
