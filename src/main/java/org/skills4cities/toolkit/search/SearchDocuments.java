package org.skills4cities.toolkit.search;

import java.util.ArrayList;
import java.util.List;
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

/** Turns a framework into Lucene documents: one an item and one a role, each language in its own fields. */
final class SearchDocuments {

    static final String FRAMEWORK = "framework";
    static final String KIND = "kind";
    static final String CODE = "code";

    private static final FieldType TEXT = textType();

    private SearchDocuments() {}

    static List<Document> of(Framework framework) {
        List<Document> documents = new ArrayList<>();
        framework.allItems().forEach(item -> documents.add(item(framework, item)));
        framework.roles().forEach(role -> documents.add(role(framework, role)));
        return documents;
    }

    private static Document item(Framework framework, FrameworkItem item) {
        List<LocalizedText> body = new ArrayList<>();
        body.add(item.description());
        item.levels().stream().map(LevelDescriptor::description).forEach(body::add);
        Stream.of(item.knowledge(), item.skills(), item.attitudes()).forEach(body::addAll);
        return document(framework, kind(item), item.code(), item.title(), body);
    }

    private static String kind(FrameworkItem item) {
        if (item.isCompetence()) {
            return "competence";
        }
        return ItemTypes.COMPETENCE_AREA.equals(item.type()) ? ItemTypes.COMPETENCE_AREA : "item";
    }

    private static Document role(Framework framework, RoleProfile role) {
        List<LocalizedText> body = new ArrayList<>();
        body.add(role.mission());
        body.addAll(role.tasks());
        body.addAll(role.deliverables());
        return document(framework, "role", role.code(), role.title(), body);
    }

    private static Document document(
            Framework framework, String kind, String code, LocalizedText title, List<LocalizedText> body) {
        Document document = new Document();
        document.add(new StringField(FRAMEWORK, framework.slug(), Field.Store.YES));
        document.add(new StringField(KIND, kind, Field.Store.YES));
        document.add(new StringField(CODE, code, Field.Store.YES));
        for (Language language : Language.values()) {
            String titleText = title.values().get(language.code());
            if (titleText != null) {
                document.add(new Field(Analyzers.title(language), titleText, TEXT));
            }
            List<String> paragraphs = body.stream()
                    .map(text -> text.values().get(language.code()))
                    .filter(text -> text != null && !text.isBlank())
                    .toList();
            if (!paragraphs.isEmpty()) {
                document.add(new Field(Analyzers.body(language), String.join("\n", paragraphs), TEXT));
            }
        }
        return document;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
