package org.skills4cities.toolkit.validation;

/** The level a candidate claims in one competence the role requires; 0 claims nothing. */
public record Claim(String competence, int level) {

    public boolean claimed() {
        return level > 0;
    }
}
