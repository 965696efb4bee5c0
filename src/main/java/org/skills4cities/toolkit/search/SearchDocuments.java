package org.skills4cities.toolkit.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;

/** Turns a framework into index entries, one an item and one a role, each language in its own fields. */
final class SearchDocuments {

    static final String KEY = "key";
    static final String FRAMEWORK = "framework";

    /** The languages an entry's title is written in; English is searched only for entries not in the one asked for. */
    static final String LANGUAGES = "languages";

    /** What separates the paragraphs of a body text; the highlighter picks its passage among them. */
    static final char PARAGRAPH = '\n';

    private static final FieldType TEXT = textType();

    private SearchDocuments() {}

    static List<IndexedEntry> of(Framework framework) {
        List<IndexedEntry> entries = new ArrayList<>();
        framework
                .allItems()
                .filter(item -> item.state().isActive())
                .forEach(item -> entries.add(item(framework, item)));
        framework.roles().stream()
                .filter(role -> role.state().isActive())
                .forEach(role -> entries.add(role(framework, role)));
        return entries;
    }

    static Document document(IndexedEntry entry) {
        Document document = new Document();
        document.add(new StringField(KEY, entry.key(), Field.Store.YES));
        document.add(new StringField(FRAMEWORK, entry.framework(), Field.Store.NO));
        entry.texts().forEach((field, text) -> document.add(new Field(field, text, TEXT)));
        for (Language language : Language.values()) {
            if (entry.texts().containsKey(Analyzers.title(language))) {
                document.add(new StringField(LANGUAGES, language.code(), Field.Store.NO));
            }
        }
        return document;
    }

    private static IndexedEntry item(Framework framework, FrameworkItem item) {
        List<LocalizedText> body = new ArrayList<>();
        body.add(item.description());
        item.levels().stream().map(LevelDescriptor::description).forEach(body::add);
        Stream.of(item.knowledge(), item.skills(), item.attitudes()).forEach(body::addAll);
        return entry(framework, kind(item), item.code(), item.title(), body);
    }

    private static String kind(FrameworkItem item) {
        if (item.isCompetence()) {
            return "competence";
        }
        return ItemTypes.COMPETENCE_AREA.equals(item.type()) ? ItemTypes.COMPETENCE_AREA : "item";
    }

    private static IndexedEntry role(Framework framework, RoleProfile role) {
        List<LocalizedText> body = new ArrayList<>();
        body.add(role.mission());
        body.addAll(role.tasks());
        body.addAll(role.deliverables());
        return entry(framework, "role", role.code(), role.title(), body);
    }

    private static IndexedEntry entry(
            Framework framework, String kind, String code, LocalizedText title, List<LocalizedText> body) {
        Map<String, String> texts = new HashMap<>();
        for (Language language : Language.values()) {
            String titleText = title.values().get(language.code());
            if (titleText != null) {
                texts.put(Analyzers.title(language), titleText);
            }
            List<String> paragraphs = body.stream()
                    .map(text -> text.values().get(language.code()))
                    .filter(text -> text != null && !text.isBlank())
                    .toList();
            if (!paragraphs.isEmpty()) {
                texts.put(Analyzers.body(language), String.join(String.valueOf(PARAGRAPH), paragraphs));
            }
        }
        String key = framework.slug() + "/" + kind + "/" + code;
        return new IndexedEntry(key, framework.slug(), kind, code, texts);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
