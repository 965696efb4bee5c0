package org.skills4cities.toolkit.exam;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The reference item bank, {@code items.json} in {@code toolkit.exams.location}, read at start once the reference
 * framework is loaded, checked like any imported bank and against the blueprints; a problem stops the start, naming
 * every one. Without the file there is no reference bank (a warning says so) and only bodies' own banks can be drawn.
 */
@Component
@Order(100)
class ReferenceBank implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceBank.class);

    private final ResourceLoader resources;
    private final String location;
    private final Blueprints blueprints;
    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;
    private volatile List<ExamItem> items = List.of();

    ReferenceBank(
            ResourceLoader resources,
            @Value("${toolkit.exams.location}") String location,
            Blueprints blueprints,
            FrameworkCatalogue catalogue,
            MessageSource messages) {
        this.resources = resources;
        this.location = location;
        this.blueprints = blueprints;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    List<ExamItem> items() {
        return items;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource file = resources.getResource(ExamFiles.folder(location) + "items.json");
        if (!file.exists()) {
            log.warn("No reference item bank at {}; exams draw only from certification bodies' own banks", file);
            return;
        }
        Framework framework = catalogue
                .find(blueprints.frameworkSlug())
                .orElseThrow(() -> new IllegalStateException("The reference item bank " + file + " is for framework "
                        + blueprints.frameworkSlug() + ", which is not loaded"));
        BankReading reading;
        try (InputStream in = file.getInputStream()) {
            reading = ItemBankReader.read(in.readAllBytes(), framework);
        }
        if (!reading.accepted()) {
            throw new IllegalStateException("The reference item bank " + file + " has problems:\n" + describe(reading));
        }
        try {
            blueprints.checkCovers(framework.slug(), reading.items());
        } catch (NotEnoughQuestions tooSmall) {
            throw new IllegalStateException(
                    "The reference item bank " + file + " is too small for the blueprints: " + tooSmall.getMessage(),
                    tooSmall);
        }
        items = reading.items();
        log.info("Read the reference item bank from {}: {} questions", file, BankCounts.questions(items));
    }

    private String describe(BankReading reading) {
        return reading.problems().stream()
                .map(p -> p.location() + ": "
                        + messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), Locale.ENGLISH))
                .collect(Collectors.joining("\n"));
    }
}
