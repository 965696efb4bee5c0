package org.skills4cities.toolkit.exam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A drawn form as it is stored: a JSON object of question keys, in form order, each with the ids of its options in
 * the order the candidate sees them ({@code {"A.1-1":["c","a","d","b"], …}}). The texts stay in the bank.
 */
@Component
class FormLayouts {

    private static final TypeReference<LinkedHashMap<String, List<String>>> LAYOUT = new TypeReference<>() {};

    private final JsonMapper json = JsonMapper.builder().build();

    String write(ExamForm form) {
        return json.writeValueAsString(form.layout());
    }

    Map<String, List<String>> read(String stored) {
        return json.readValue(stored, LAYOUT);
    }
}
