package org.skills4cities.toolkit.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The exam blueprints the application ships, read once at start from {@code blueprints.json} in
 * {@code toolkit.exams.location}; a broken file stops the start naming the value at fault. The reference bank is
 * checked against them at start as well (enough questions for every section).
 */
@Service
public class Blueprints {

    private final List<Blueprint> all;

    Blueprints(ResourceLoader resources, @Value("${toolkit.exams.location}") String location) {
        Resource file = resources.getResource(ExamFiles.folder(location) + "blueprints.json");
        try (InputStream in = file.getInputStream()) {
            all = BlueprintFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the exam blueprints " + file.getDescription() + " failed", e);
        }
    }

    public List<Blueprint> all() {
        return all;
    }

    /** The framework the blueprints are for, and so the framework of every item bank. */
    public String frameworkSlug() {
        return all.getFirst().frameworkSlug();
    }

    public Optional<Blueprint> find(String frameworkSlug, String roleCode) {
        return all.stream()
                .filter(b ->
                        b.frameworkSlug().equals(frameworkSlug) && b.roleCode().equals(roleCode))
                .findFirst();
    }

    /** What the bank holds for each section of each blueprint, in blueprint and section order. */
    public List<SectionSupply> supply(List<ExamItem> bank) {
        return all.stream()
                .flatMap(b -> b.sections().stream()
                        .map(s -> new SectionSupply(
                                b,
                                s,
                                ExamForms.choices(s, bank).size(),
                                ExamForms.scenarios(s, bank).size())))
                .toList();
    }

    /**
     * Checks that a bank can fill every section of every blueprint of its framework.
     *
     * @throws NotEnoughQuestions naming the first section it cannot fill
     */
    public void checkCovers(String frameworkSlug, List<ExamItem> bank) {
        all.stream()
                .filter(b -> b.frameworkSlug().equals(frameworkSlug))
                .flatMap(b -> b.sections().stream())
                .forEach(section -> ExamForms.checkCovers(section, bank));
    }
}
