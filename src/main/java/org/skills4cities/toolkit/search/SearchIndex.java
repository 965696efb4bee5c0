package org.skills4cities.toolkit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * An in-memory Lucene index of every framework, built at start-up and renewed when a framework is imported. Each
 * application node keeps its own, so nodes stay stateless.
 */
@Service
public class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int MAX_HITS = 20;

    private final FrameworkCatalogue catalogue;
    private final Analyzers analyzers = new Analyzers();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, IndexedEntry> entries = new ConcurrentHashMap<>();
    private final SearchResults results;

    SearchIndex(FrameworkCatalogue catalogue, @Value("${toolkit.search.result-cache-size:1000}") int resultCacheSize)
            throws IOException {
        this.catalogue = catalogue;
        this.results = new SearchResults(resultCacheSize);
        this.writer = new IndexWriter(
                new ByteBuffersDirectory(
                        new SingleInstanceLockFactory(),
                        ByteBuffersDataOutput::new,
                        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER),
                new IndexWriterConfig(analyzers.perField()));
        this.searchers = new SearcherManager(writer, null);
    }

    @EventListener(ApplicationStartedEvent.class)
    void indexAll() {
        catalogue.all().forEach(this::index);
    }

    /** After the import's transaction commits (at once when there is none); the catalogue goes first. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(2)
    void on(FrameworkImported imported) {
        catalogue.find(imported.slug()).ifPresent(this::index);
    }

    void index(Framework framework) {
        try {
            List<IndexedEntry> indexed = SearchDocuments.of(framework);
            indexed.forEach(entry -> entries.put(entry.key(), entry));
            writer.deleteDocuments(new Term(SearchDocuments.FRAMEWORK, framework.slug()));
            writer.addDocuments(indexed.stream().map(SearchDocuments::document).toList());
            writer.commit();
            searchers.maybeRefreshBlocking();
            results.clear();
            entries.values().removeIf(e -> e.framework().equals(framework.slug()) && !indexed.contains(e));
            log.info("Indexed framework {} for search: {} documents", framework.slug(), indexed.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing framework " + framework.slug() + " failed", e);
        }
    }

    /** The best hits for the query in one language (and English), optionally within one framework. */
    public List<SearchHit> search(String query, @Nullable String framework, Language language) {
        return search(query, framework, language, false);
    }

    /**
     * The best hits for the query, optionally within one framework: in the language asked for and English, or, with
     * {@code everyLanguage}, in all six, each analysed in its own way. Each hit says which language matched.
     */
    public List<SearchHit> search(String query, @Nullable String framework, Language language, boolean everyLanguage) {
        String text = Queries.clean(query);
        if (text.isEmpty()) {
            throw new InvalidSearch("blank", "q");
        }
        if (text.length() > Queries.MAX_LENGTH) {
            throw new InvalidSearch("tooLong", "q");
        }
        if (framework != null && catalogue.find(framework).isEmpty()) {
            throw new InvalidSearch("unknownFramework", framework);
        }
        try {
            List<Object> key = Arrays.asList(text, framework, language, everyLanguage);
            List<SearchHit> cached = results.get(key);
            if (cached != null) {
                return cached;
            }
            List<SearchHit> hits = run(text, framework, searched(language, everyLanguage));
            results.put(key, hits);
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearch("tooComplex", "q");
        } catch (IOException e) {
            throw new UncheckedIOException("Searching for '" + text + "' failed", e);
        }
    }

    /**
     * The languages to search, the one asked for first: it and, since untranslated texts are shown in English, English;
     * or every language.
     */
    private static List<Language> searched(Language language, boolean everyLanguage) {
        List<Language> languages = new ArrayList<>(List.of(language));
        for (Language other : Language.values()) {
            if (other != language && (everyLanguage || other == Language.DEFAULT)) {
                languages.add(other);
            }
        }
        return List.copyOf(languages);
    }

    /** Searches the texts in the given languages; each hit says which language its passage is in. */
    private List<SearchHit> run(String text, @Nullable String framework, List<Language> languages) throws IOException {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (Language searched : languages) {
            Map<String, Float> fields = Map.of(Analyzers.title(searched), 3f, Analyzers.body(searched), 1f);
            Query parsed = Queries.parse(text, analyzers.of(searched), fields);
            if (searched == Language.DEFAULT && languages.getFirst() != Language.DEFAULT && languages.size() == 2) {
                parsed = new BooleanQuery.Builder()
                        .add(parsed, BooleanClause.Occur.MUST)
                        .add(
                                new TermQuery(new Term(
                                        SearchDocuments.LANGUAGES,
                                        languages.getFirst().code())),
                                BooleanClause.Occur.MUST_NOT)
                        .build();
            }
            anyLanguage.add(parsed, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyLanguage.build(), BooleanClause.Occur.MUST);
        if (framework != null) {
            query.add(new TermQuery(new Term(SearchDocuments.FRAMEWORK, framework)), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(built, MAX_HITS);
            List<String> fields = new ArrayList<>();
            for (Language searched : languages) {
                fields.add(Analyzers.body(searched));
                fields.add(Analyzers.title(searched));
            }
            UnifiedHighlighter.Builder settings =
                    Passages.highlighter(searcher, analyzers.perField(), SearchDocuments.PARAGRAPH);
            int[] onePassage = new int[fields.size()];
            Arrays.fill(onePassage, 1);
            Map<String, String[]> passages = new EntryHighlighter(settings, searcher, entries)
                    .highlightFields(fields.toArray(String[]::new), built, top, onePassage);
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                String key =
                        stored.document(hit.doc, Set.of(SearchDocuments.KEY)).get(SearchDocuments.KEY);
                IndexedEntry entry = entries.get(key);
                if (entry != null) {
                    hits.add(hit(entry, hit.score, i, passages, languages));
                }
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The hit in the first language, of those searched, whose text matched; its title in that language too. */
    private static SearchHit hit(
            IndexedEntry entry, float score, int index, Map<String, String[]> passages, List<Language> languages) {
        for (Language searched : languages) {
            String body = passages.get(Analyzers.body(searched))[index];
            String title = passages.get(Analyzers.title(searched))[index];
            if (body != null || title != null) {
                return new SearchHit(
                        entry.framework(),
                        entry.kind(),
                        entry.code(),
                        entry.texts().getOrDefault(Analyzers.title(searched), entry.code()),
                        (body != null ? body : title).strip(),
                        searched.code(),
                        score);
            }
        }
        Language first = languages.getFirst();
        return new SearchHit(
                entry.framework(),
                entry.kind(),
                entry.code(),
                entry.texts().getOrDefault(Analyzers.title(first), entry.code()),
                excerpt(entry.texts().get(Analyzers.body(first))),
                first.code(),
                score);
    }

    private static String excerpt(@Nullable String body) {
        if (body == null) {
            return "";
        }
        String firstParagraph = body.lines().findFirst().orElse("");
        return HtmlUtils.htmlEscape(
                firstParagraph.length() > 240 ? firstParagraph.substring(0, 240) + "…" : firstParagraph);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
