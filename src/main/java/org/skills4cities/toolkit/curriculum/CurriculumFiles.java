package org.skills4cities.toolkit.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the module files of a curricula package (one JSON file per training module, format in
 * {@code docs/curricula.md}) and refuses content that is incomplete: every text in all six languages, units coded
 * {@code <area>-U<n>}, hours 1–200, credits equal to hours ÷ 25 rounded to the half point, prerequisites among the
 * earlier units of the module. A problem names the file, the place in it and what is wrong.
 */
final class CurriculumFiles {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,4}-U[1-9][0-9]?");
    private static final BigDecimal HOURS_PER_CREDIT = BigDecimal.valueOf(25);

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> problems = new ArrayList<>();
    private int position;

    /**
     * Reads the modules of one package in the order given; throws {@link IllegalStateException} naming every problem.
     */
    static Curriculum read(String framework, Map<String, InputStream> files) {
        CurriculumFiles reader = new CurriculumFiles();
        List<TrainingModule> modules = new ArrayList<>();
        files.forEach((name, in) -> modules.add(reader.module(name, in)));
        Set<String> codes = new HashSet<>();
        modules.stream()
                .flatMap(m -> m.units().stream())
                .filter(u -> !codes.add(u.code()))
                .forEach(u -> reader.problems.add("unit " + u.code() + " is defined twice"));
        if (!reader.problems.isEmpty()) {
            throw new IllegalStateException(
                    "The curricula of " + framework + " are broken:\n  " + String.join("\n  ", reader.problems));
        }
        return new Curriculum(framework, modules);
    }

    private TrainingModule module(String file, InputStream in) {
        JsonNode node;
        try (in) {
            node = json.readTree(in);
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": not JSON (" + e.getMessage() + ")");
            return new TrainingModule(file, "", LocalizedText.EMPTY, LocalizedText.EMPTY, List.of());
        }
        String code = string(node, file, "code");
        String area = string(node, file, "area");
        List<Unit> units = new ArrayList<>();
        JsonNode unitNodes = node.path("units");
        if (!unitNodes.isArray() || unitNodes.isEmpty()) {
            problems.add(file + ": units: at least one unit is needed");
        }
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i < unitNodes.size(); i++) {
            Unit unit = unit(unitNodes.get(i), file + ": units[" + i + "]", code, area, earlier);
            earlier.add(unit.code());
            units.add(unit);
        }
        return new TrainingModule(code, area, text(node, file, "title"), text(node, file, "description"), units);
    }

    private Unit unit(JsonNode node, String at, String module, String area, Set<String> earlier) {
        String code = string(node, at, "code");
        if (!UNIT_CODE.matcher(code).matches() || !code.startsWith(area + "-")) {
            problems.add(at + ".code: \"" + code + "\" is not " + area + "-U1, " + area + "-U2, …");
        }
        int hours = node.path("hours").asInt(0);
        if (!node.path("hours").isIntegralNumber() || hours < 1 || hours > 200) {
            problems.add(at + ".hours: a whole number of hours from 1 to 200 is needed");
        }
        BigDecimal credits =
                node.path("credits").isNumber() ? node.path("credits").decimalValue() : BigDecimal.ZERO;
        BigDecimal expected = ecvetCredits(hours);
        if (credits.compareTo(expected) != 0) {
            problems.add(at + ".credits: " + credits.toPlainString() + " where " + hours + " hours give "
                    + expected.toPlainString() + " ECVET points (hours ÷ 25, to the half point)");
        }
        List<String> prerequisites = new ArrayList<>();
        node.path("prerequisites").forEach(p -> {
            if (!earlier.contains(p.asString())) {
                problems.add(at + ".prerequisites: " + p.asString() + " is not an earlier unit of this module");
            }
            prerequisites.add(p.asString());
        });
        List<LearningOutcome> outcomes = new ArrayList<>();
        JsonNode outcomeNodes = node.path("outcomes");
        if (!outcomeNodes.isArray() || outcomeNodes.isEmpty()) {
            problems.add(at + ".outcomes: at least one learning outcome is needed");
        }
        for (int i = 0; i < outcomeNodes.size(); i++) {
            JsonNode o = outcomeNodes.get(i);
            String place = at + ".outcomes[" + i + "]";
            int level = o.path("level").asInt(0);
            if (level < 1 || level > 5) {
                problems.add(place + ".level: a proficiency level from 1 to 5 is needed");
            }
            outcomes.add(new LearningOutcome(string(o, place, "competence"), level, text(o, place, "text")));
        }
        List<LocalizedText> materials = new ArrayList<>();
        JsonNode materialNodes = node.path("materials");
        for (int i = 0; i < materialNodes.size(); i++) {
            materials.add(localized(materialNodes.get(i), at + ".materials[" + i + "]"));
        }
        return new Unit(
                code,
                module,
                position++,
                text(node, at, "title"),
                text(node, at, "description"),
                hours,
                credits,
                prerequisites,
                outcomes,
                text(node, at, "trainingMethodology"),
                text(node, at, "evaluationMethodology"),
                materials,
                text(node, at, "testOutline"));
    }

    /** ECVET points of a unit: one point for 25 notional learning hours, rounded to the nearest half point. */
    static BigDecimal ecvetCredits(int hours) {
        return BigDecimal.valueOf(hours)
                .multiply(BigDecimal.TWO)
                .divide(HOURS_PER_CREDIT, 0, RoundingMode.HALF_UP)
                .divide(BigDecimal.TWO)
                .setScale(1, RoundingMode.UNNECESSARY);
    }

    private String string(JsonNode node, String at, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(at + "." + field + ": missing");
            return "";
        }
        return value.asString();
    }

    private LocalizedText text(JsonNode node, String at, String field) {
        return localized(node.path(field), at + "." + field);
    }

    private LocalizedText localized(JsonNode node, String at) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            JsonNode value = node.path(language.code());
            if (!value.isString() || value.asString().isBlank()) {
                problems.add(at + "." + language.code() + ": missing");
            } else {
                values.put(language.code(), value.asString());
            }
        }
        return new LocalizedText(values);
    }
}
