package org.skills4cities.toolkit.exam;

/**
 * Thrown when a bank holds fewer questions or scenarios for a blueprint section than the section draws: the area, the
 * level band, what was needed and what the bank has.
 */
public final class NotEnoughQuestions extends IllegalStateException {

    private final BlueprintSection section;
    private final boolean scenarios;
    private final int available;

    NotEnoughQuestions(BlueprintSection section, boolean scenarios, int available) {
        super("area %s, levels %d-%d: the bank has %d %s, the blueprint draws %d"
                .formatted(
                        section.area(),
                        section.minLevel(),
                        section.maxLevel(),
                        available,
                        scenarios ? "scenarios" : "single- or multiple-choice questions",
                        scenarios ? section.scenarios() : section.questions()));
        this.section = section;
        this.scenarios = scenarios;
        this.available = available;
    }

    public BlueprintSection section() {
        return section;
    }

    /** Whether scenarios ran short (else single- and multiple-choice questions did). */
    public boolean scenarios() {
        return scenarios;
    }

    public int available() {
        return available;
    }

    public int needed() {
        return scenarios ? section.scenarios() : section.questions();
    }
}
