package org.skills4cities.toolkit.accreditation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What is accredited: a training organisation, or a trainer for themselves. Each has its own set of criteria. */
public enum Subject {
    TRAINING_ORGANISATION,
    TRAINER;

    /** The code in files, addresses and messages: {@code training-organisation}, {@code trainer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Subject> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
