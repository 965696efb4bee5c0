package org.skills4cities.toolkit.exam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The questions one candidate answers in an exam of a role, in the order shown, each with its options' order. */
public record ExamForm(String frameworkSlug, String roleCode, List<FormQuestion> questions) {

    public ExamForm {
        questions = List.copyOf(questions);
    }

    public Optional<FormQuestion> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** Each question's key with its option order, in form order: what to store to rebuild the form. */
    public Map<String, List<String>> layout() {
        return questions.stream()
                .collect(Collectors.toMap(
                        FormQuestion::key, FormQuestion::optionOrder, (a, b) -> a, LinkedHashMap::new));
    }
}
