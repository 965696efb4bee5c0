package org.skills4cities.toolkit.validation;

import java.util.Locale;

/** What a piece of evidence is: an uploaded file, a link to something online, or a note the candidate writes. */
public enum EvidenceKind {
    FILE,
    LINK,
    NOTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
