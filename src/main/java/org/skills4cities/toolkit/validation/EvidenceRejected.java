package org.skills4cities.toolkit.validation;

import java.util.List;

/**
 * A file or link the portfolio does not take, and why: too large for one file or for the case (413), too many files
 * (409), or content that is not one of the accepted types, is damaged, or is not what its name says (415). Nothing
 * was stored.
 */
public class EvidenceRejected extends RuntimeException {

    /** What was wrong, and the HTTP status that says it. */
    public enum Reason {
        TOO_LARGE(413),
        CASE_TOO_LARGE(413),
        TOO_MANY_FILES(409),
        EMPTY(415),
        UNSUPPORTED(415),
        DAMAGED(415),
        MISMATCH(415);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The message key: {@code validation.rejected.tooLarge} and so on. */
        public String messageKey() {
            String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder("validation.rejected.").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    public EvidenceRejected(Reason reason, Object... arguments) {
        super("Evidence rejected: " + reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
