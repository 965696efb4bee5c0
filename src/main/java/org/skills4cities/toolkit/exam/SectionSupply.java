package org.skills4cities.toolkit.exam;

/**
 * What a bank holds for one section of a blueprint: its single- and multiple-choice questions and its scenarios in the
 * section's area and level band, to set against what the section draws.
 */
public record SectionSupply(Blueprint blueprint, BlueprintSection section, int questions, int scenarios) {

    public boolean enough() {
        return questions >= section.questions() && scenarios >= section.scenarios();
    }
}
