package org.skills4cities.toolkit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * An in-memory Lucene index of every framework, built at start-up and renewed when a framework is imported. Each
 * application node keeps its own, so nodes stay stateless.
 */
@Service
public class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_HITS = 25;

    private final FrameworkCatalogue catalogue;
    private final Analyzers analyzers = new Analyzers();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex(FrameworkCatalogue catalogue) throws IOException {
        this.catalogue = catalogue;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzers.perField()));
        this.searchers = new SearcherManager(writer, null);
    }

    @EventListener(ApplicationStartedEvent.class)
    void indexAll() {
        catalogue.all().forEach(this::index);
    }

    @EventListener
    void on(FrameworkImported imported) {
        catalogue.find(imported.slug()).ifPresent(this::index);
    }

    void index(Framework framework) {
        try {
            writer.deleteDocuments(new Term(SearchDocuments.FRAMEWORK, framework.slug()));
            List<Document> documents = SearchDocuments.of(framework);
            writer.addDocuments(documents);
            writer.commit();
            searchers.maybeRefreshBlocking();
            log.info("Indexed framework {} for search: {} documents", framework.slug(), documents.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing framework " + framework.slug() + " failed", e);
        }
    }

    /** The best hits for the query in one language, optionally within one framework. */
    public List<SearchHit> search(String query, @Nullable String framework, Language language) {
        String text = query.strip();
        if (text.isEmpty()) {
            throw new InvalidSearch("blank", "q");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearch("tooLong", "q");
        }
        if (framework != null && catalogue.find(framework).isEmpty()) {
            throw new InvalidSearch("unknownFramework", framework);
        }
        try {
            return run(text, framework, language);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching for '" + text + "' failed", e);
        }
    }

    private List<SearchHit> run(String text, @Nullable String framework, Language language) throws IOException {
        String titleField = Analyzers.title(language);
        String bodyField = Analyzers.body(language);
        Query parsed = new SimpleQueryParser(analyzers.of(language), Map.of(titleField, 3f, bodyField, 1f)).parse(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (framework != null) {
            query.add(new TermQuery(new Term(SearchDocuments.FRAMEWORK, framework)), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(built, MAX_HITS);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.of(language))
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .build();
            String[] bodies = highlighter.highlight(bodyField, built, top, 1);
            String[] titles = highlighter.highlight(titleField, built, top, 1);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(hit.doc);
                String title = doc.get(titleField);
                String highlight =
                        bodies[i] != null ? bodies[i] : titles[i] != null ? titles[i] : excerpt(doc, bodyField);
                hits.add(new SearchHit(
                        doc.get(SearchDocuments.FRAMEWORK),
                        doc.get(SearchDocuments.KIND),
                        doc.get(SearchDocuments.CODE),
                        title == null ? doc.get(SearchDocuments.CODE) : title,
                        highlight,
                        language.code(),
                        hit.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private static String excerpt(Document doc, String field) {
        String body = doc.get(field);
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
