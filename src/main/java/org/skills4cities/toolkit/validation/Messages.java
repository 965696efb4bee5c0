package org.skills4cities.toolkit.validation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that are themselves interface texts (a phase, an outcome), resolved in the reader's language. */
final class Messages {

    private Messages() {}

    static MessageSourceResolvable of(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
