package org.skills4cities.toolkit.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.search.Analyzers;
import org.skills4cities.toolkit.search.InvalidSearch;
import org.skills4cities.toolkit.search.Passages;
import org.skills4cities.toolkit.search.Queries;
import org.springframework.web.util.HtmlUtils;

/**
 * The guide's entries in an in-memory Lucene index, the question and answer of each language in fields of their
 * own, analysed as the framework search analyses that language. A query is read in every language: as the reader's
 * own language at full weight, and as each other language at a lower one, so that a question typed in another of the
 * six languages still finds its entries, below those found in the reader's language.
 */
final class GuideIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final char PARAGRAPH = '\n';
    private static final float OTHER_LANGUAGE = 0.4f;
    private static final int MAX_HITS = 100;
    private static final FieldType TEXT = textType();

    private final Analyzers analyzers = new Analyzers();
    private final Analyzer perField = perField(analyzers);
    private final Map<String, GuideEntry> entries = new HashMap<>();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    GuideIndex(List<GuideEntry> indexed) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (GuideEntry entry : indexed) {
                entries.put(entry.id(), entry);
                writer.addDocument(document(entry));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** The entries that match the query, best first, each with its passage in the first language it matched in. */
    List<GuideHit> search(String query, Language language) {
        String text = Queries.clean(query);
        if (text.isEmpty()) {
            throw new InvalidSearch("blank", "q");
        }
        if (text.length() > Queries.MAX_LENGTH) {
            throw new InvalidSearch("tooLong", "q");
        }
        List<Language> languages = readerFirst(language);
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (Language searched : languages) {
            Query parsed =
                    Queries.parse(text, analyzers.of(searched), Map.of(question(searched), 3f, answer(searched), 1f));
            anyLanguage.add(
                    searched == language ? parsed : new BoostQuery(parsed, OTHER_LANGUAGE), BooleanClause.Occur.SHOULD);
        }
        try {
            return hits(anyLanguage.build(), languages);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearch("tooComplex", "q");
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the guide for '" + text + "' failed", e);
        }
    }

    private List<GuideHit> hits(Query query, List<Language> languages) throws IOException {
        TopDocs top = searcher.search(query, MAX_HITS);
        String[] fields = languages.stream()
                .flatMap(searched -> java.util.stream.Stream.of(answer(searched), question(searched)))
                .toArray(String[]::new);
        int[] onePassage = new int[fields.length];
        Arrays.fill(onePassage, 1);
        Map<String, String[]> passages = Passages.highlighter(searcher, perField, PARAGRAPH)
                .build()
                .highlightFields(fields, query, top, onePassage);
        List<GuideHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            String id = searcher.storedFields()
                    .document(top.scoreDocs[i].doc, Set.of(ID))
                    .get(ID);
            hits.add(hit(entries.get(id), top.scoreDocs[i].score, i, passages, languages));
        }
        return List.copyOf(hits);
    }

    /** The hit with the passage of the first language, the reader's own first, whose answer or question matched. */
    private static GuideHit hit(
            GuideEntry entry, float score, int index, Map<String, String[]> passages, List<Language> languages) {
        for (Language searched : languages) {
            String answer = passages.get(answer(searched))[index];
            String question = passages.get(question(searched))[index];
            if (answer != null || question != null) {
                return new GuideHit(entry, (answer != null ? answer : question).strip(), searched, score);
            }
        }
        Language reader = languages.getFirst();
        String firstParagraph =
                entry.answer().in(reader).text().lines().findFirst().orElse("");
        return new GuideHit(entry, HtmlUtils.htmlEscape(firstParagraph), reader, score);
    }

    private static List<Language> readerFirst(Language language) {
        List<Language> languages = new ArrayList<>(List.of(language));
        Arrays.stream(Language.values()).filter(other -> other != language).forEach(languages::add);
        return List.copyOf(languages);
    }

    private static Document document(GuideEntry entry) {
        Document document = new Document();
        document.add(new StringField(ID, entry.id(), Field.Store.YES));
        for (Language language : Language.values()) {
            document.add(
                    new Field(question(language), entry.question().in(language).text(), TEXT));
            document.add(new Field(answer(language), entry.answer().in(language).text(), TEXT));
        }
        return document;
    }

    private static Analyzer perField(Analyzers analyzers) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language language : Language.values()) {
            fields.put(question(language), analyzers.of(language));
            fields.put(answer(language), analyzers.of(language));
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    private static String question(Language language) {
        return "question_" + language.code();
    }

    private static String answer(Language language) {
        return "answer_" + language.code();
    }

    /** Stored, so that the highlighter reads the texts back; with offsets, so that it needs not analyse them again. */
    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
