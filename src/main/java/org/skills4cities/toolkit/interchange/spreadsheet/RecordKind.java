package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of row of a framework sheet, named in the record column, and the fields each kind has. */
enum RecordKind {
    FRAMEWORK(
            List.of("slug", "version", "status", "basedOn", "languages", "sourceIdentifier", "title", "description"),
            Map.of(),
            true,
            List.of(SheetColumn.IDENTIFIER)),
    LEVEL(List.of("eqf", "title", "description"), Map.of(), false, List.of()),
    ITEM(
            List.of("title", "description", "state", "sourceIdentifier"),
            Map.of(
                    "level", List.of(),
                    "knowledge", List.of(),
                    "skill", List.of(),
                    "attitude", List.of(),
                    "source", List.of("url"),
                    "reference", List.of("code", "uri")),
            true,
            List.of(SheetColumn.IDENTIFIER, SheetColumn.PARENT, SheetColumn.TYPE)),
    ROLE(
            List.of("title", "mission", "eqf", "state"),
            Map.of("task", List.of(), "deliverable", List.of()),
            false,
            List.of(SheetColumn.IDENTIFIER)),
    REQUIREMENT(List.of("mandatory", "optional"), Map.of(), false, List.of());

    private static final Pattern NUMBER = Pattern.compile("0*[1-9][0-9]{0,5}");

    private final List<String> plain;
    private final Map<String, List<String>> numbered;
    private final boolean attributes;
    private final List<SheetColumn> repeated;

    RecordKind(List<String> plain, Map<String, List<String>> numbered, boolean attributes, List<SheetColumn> repeated) {
        this.plain = plain;
        this.numbered = numbered;
        this.attributes = attributes;
        this.repeated = repeated;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns every row of one record of this kind repeats. */
    List<SheetColumn> repeated() {
        return repeated;
    }

    static Optional<RecordKind> of(String record) {
        String wanted = record.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(wanted)).findFirst();
    }

    /** The field a field cell names, if this kind of record has it; field names are read in any case. */
    Optional<FieldName> field(String cell) {
        String text = cell.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (attributes
                && lower.startsWith(FieldName.ATTRIBUTE + ":")
                && lower.length() > FieldName.ATTRIBUTE.length() + 1) {
            return Optional.of(FieldName.attribute(text.substring(FieldName.ATTRIBUTE.length() + 1)));
        }
        String[] parts = text.split(":", -1);
        if (parts.length == 1) {
            return plain.stream()
                    .filter(p -> p.equalsIgnoreCase(text))
                    .findFirst()
                    .map(FieldName::plain);
        }
        List<String> allowedParts = numbered.get(parts[0].toLowerCase(Locale.ROOT));
        if (allowedParts == null
                || parts.length > 3
                || !NUMBER.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        String part = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : "";
        if (!part.isEmpty() && !allowedParts.contains(part)) {
            return Optional.empty();
        }
        return Optional.of(new FieldName(parts[0].toLowerCase(Locale.ROOT), Integer.parseInt(parts[1]), part));
    }
}
