package org.skills4cities.toolkit.credential;

import java.util.List;

/**
 * A breach of the VC 2.0 or Open Badges 3.0 data model: the JSON pointer of the value at fault, a message key
 * ({@code credential.model.…}, whose first argument is the pointer) and further plain-string arguments.
 */
public record ModelProblem(String pointer, String messageKey, List<String> arguments) {

    public ModelProblem {
        arguments = List.copyOf(arguments);
    }
}
