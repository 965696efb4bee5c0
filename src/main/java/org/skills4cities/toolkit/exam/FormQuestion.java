package org.skills4cities.toolkit.exam;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.LocalizedText;

/**
 * One scored question of an exam form, as the exam page shows it: {@code key} is the code of the bank question or
 * scenario part and keys the candidate's answer; a part carries its scenario's code and case text. The options are in
 * the order this candidate sees them; which are correct stays in the bank.
 */
public record FormQuestion(
        String key,
        String competence,
        int level,
        ItemKind kind,
        int points,
        @Nullable String scenarioCode,
        @Nullable LocalizedText scenario,
        LocalizedText stem,
        List<FormOption> options) {

    public FormQuestion {
        options = List.copyOf(options);
    }

    /** The competence area, the part of the competence code before the first dot. */
    public String area() {
        int dot = competence.indexOf('.');
        return dot < 0 ? competence : competence.substring(0, dot);
    }

    /** The option ids in the order shown: with the key, all a stored form needs to be rebuilt from the bank. */
    public List<String> optionOrder() {
        return options.stream().map(FormOption::id).toList();
    }
}
