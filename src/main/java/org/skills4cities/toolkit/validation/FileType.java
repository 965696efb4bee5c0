package org.skills4cities.toolkit.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a portfolio takes, each with its media type and the name endings that say it. */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "ODT", "odt");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type's short name, as people know it (PDF, DOCX). */
    public String label() {
        return label;
    }

    /** The usual name ending, without the dot. */
    public String extension() {
        return extensions.getFirst();
    }

    public boolean named(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }
}
