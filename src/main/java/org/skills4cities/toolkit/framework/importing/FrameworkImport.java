package org.skills4cities.toolkit.framework.importing;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a framework enters the toolkit, for the reference framework at first start as for a user's file: read,
 * check, and store all of it or none of it.
 */
@Service
public class FrameworkImport {

    private static final Logger log = LoggerFactory.getLogger(FrameworkImport.class);

    private final FrameworkDocumentReader reader;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;

    FrameworkImport(JsonMapper json, Frameworks frameworks, ApplicationEventPublisher events) {
        this.reader = new FrameworkDocumentReader(json);
        this.frameworks = frameworks;
        this.events = events;
    }

    /**
     * Stores the framework in the document as a new version.
     *
     * @throws FrameworkRejected listing every problem of the document, when there is any; nothing is stored then
     */
    public Framework importDocument(InputStream document) {
        Framework framework = reader.read(document).orThrow();
        if (frameworks.exists(framework.slug(), framework.version())) {
            throw new FrameworkRejected(
                    List.of(ImportProblem.at("/version", "versionExists", framework.slug(), framework.version())));
        }
        return store(framework);
    }

    /** Stores the framework in the document unless that version is already stored. */
    public Optional<Framework> importIfAbsent(InputStream document) {
        Framework framework = reader.read(document).orThrow();
        if (frameworks.exists(framework.slug(), framework.version())) {
            log.debug("Framework {} version {} already stored", framework.slug(), framework.version());
            return Optional.empty();
        }
        return Optional.of(store(framework));
    }

    private Framework store(Framework framework) {
        frameworks.insert(framework);
        log.info(
                "Imported framework {} version {} with {} items and {} roles",
                framework.slug(),
                framework.version(),
                framework.allItems().count(),
                framework.roles().size());
        events.publishEvent(new FrameworkImported(framework.slug(), framework.version()));
        return framework;
    }
}
