package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a blueprints file ({@code skills4cities-blueprints/1}, described in {@code docs/exams.md}); a file with a
 * problem is refused with the JSON pointer of the value at fault.
 */
final class BlueprintFile {

    static final String FORMAT = "skills4cities-blueprints/1";

    private BlueprintFile() {}

    static List<Blueprint> read(String text, String source) {
        JsonNode root;
        try {
            root = JsonMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build()
                    .readTree(text);
        } catch (JacksonException malformed) {
            throw new InvalidBlueprints(source, "/", malformed.getOriginalMessage());
        }
        Reading reading = new Reading(root, source);
        if (!FORMAT.equals(reading.text("/format"))) {
            throw new InvalidBlueprints(source, "/format", "must be " + FORMAT);
        }
        String framework = reading.text("/framework");
        List<Blueprint> blueprints = new ArrayList<>();
        JsonNode list = root.path("blueprints");
        for (int i = 0; i < list.size(); i++) {
            blueprints.add(reading.blueprint(framework, "/blueprints/" + i));
        }
        if (blueprints.isEmpty()) {
            throw new InvalidBlueprints(source, "/blueprints", "lists no blueprint");
        }
        return List.copyOf(blueprints);
    }

    /** A blueprints file that cannot be used: where and why. */
    static final class InvalidBlueprints extends IllegalStateException {

        InvalidBlueprints(String source, String pointer, String why) {
            super("Exam blueprints " + source + " at " + pointer + ": " + why);
        }
    }

    private record Reading(JsonNode root, String source) {

        Blueprint blueprint(String framework, String at) {
            List<BlueprintSection> sections = new ArrayList<>();
            JsonNode list = root.at(at + "/sections");
            for (int i = 0; i < list.size(); i++) {
                sections.add(section(at + "/sections/" + i));
            }
            try {
                return new Blueprint(
                        framework,
                        text(at + "/role"),
                        parse(at + "/duration", () -> Duration.parse(text(at + "/duration"))),
                        sections,
                        decimal(at + "/passMark"),
                        new RetakeRule(
                                number(at + "/retakes/maxAttempts"),
                                parse(at + "/retakes/period", () -> Period.parse(text(at + "/retakes/period"))),
                                number(at + "/retakes/waitDays")));
            } catch (IllegalArgumentException wrong) {
                throw new InvalidBlueprints(source, at, String.valueOf(wrong.getMessage()));
            }
        }

        BlueprintSection section(String at) {
            try {
                return new BlueprintSection(
                        text(at + "/area"),
                        number(at + "/questions"),
                        number(at + "/scenarios"),
                        number(at + "/minLevel"),
                        number(at + "/maxLevel"),
                        optionalDecimal(at + "/passMark").orElse(null));
            } catch (IllegalArgumentException wrong) {
                throw new InvalidBlueprints(source, at, String.valueOf(wrong.getMessage()));
            }
        }

        String text(String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isString() || node.asString().isBlank()) {
                throw new InvalidBlueprints(source, pointer, "must be a text");
            }
            return node.asString();
        }

        int number(String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isInt()) {
                throw new InvalidBlueprints(source, pointer, "must be a whole number");
            }
            return node.intValue();
        }

        BigDecimal decimal(String pointer) {
            return optionalDecimal(pointer)
                    .orElseThrow(() -> new InvalidBlueprints(source, pointer, "must be a number"));
        }

        Optional<BigDecimal> optionalDecimal(String pointer) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isNumber()) {
                throw new InvalidBlueprints(source, pointer, "must be a number");
            }
            return Optional.of(node.decimalValue());
        }

        <T> T parse(String pointer, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DateTimeParseException wrong) {
                throw new InvalidBlueprints(source, pointer, "is not an ISO 8601 duration or period");
            }
        }
    }
}
