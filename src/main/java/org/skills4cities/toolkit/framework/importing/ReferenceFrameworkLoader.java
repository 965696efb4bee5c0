package org.skills4cities.toolkit.framework.importing;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the reference framework at start-up through the ordinary import path, unless the database already holds its
 * version. A reference file with problems stops the start, naming every problem. It runs first of the start-up
 * runners, so that those that check content against the framework (the exam bank) find it.
 */
@Component
@Order(0)
class ReferenceFrameworkLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceFrameworkLoader.class);

    private final ReferenceFrameworkProperties properties;
    private final ResourceLoader resources;
    private final FrameworkImport frameworkImport;

    ReferenceFrameworkLoader(
            ReferenceFrameworkProperties properties, ResourceLoader resources, FrameworkImport frameworkImport) {
        this.properties = properties;
        this.resources = resources;
        this.frameworkImport = frameworkImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.load()) {
            return;
        }
        Resource file = resources.getResource(properties.location());
        try (InputStream in = file.getInputStream()) {
            frameworkImport
                    .importIfAbsent(in)
                    .ifPresent(f -> log.info("Loaded reference framework {} {} from {}", f.slug(), f.version(), file));
        }
    }

    /** Whether to load the reference framework at start-up, and from where. */
    @ConfigurationProperties("toolkit.reference-framework")
    record ReferenceFrameworkProperties(boolean load, String location) {}
}
