package org.fahras.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.document.Article;

/**
 * The {@code lucene} baseline: what an embedder writes by hand on plain Lucene, no fahras code on the index or the
 * search path (only the article reader feeds it). Lucene's {@code ArabicAnalyzer}; title and body as stored
 * {@code TextField}s; the published date as a point, a doc value and the stored ISO text; source, category, kind
 * and year as lucene-facet's {@code SortedSetDocValuesFacetField}s (source also a {@code StringField} to filter
 * on). Each query shape in the fewest obvious lines: the analyzed words OR-ed over title and body (Lucene's
 * {@code QueryBuilder}, what its query parsers use), {@code searcher.search(query, 10)}, then each hit's id,
 * title, date and source from the stored fields; phrases as {@code PhraseQuery}s; the faceted shape as a filter
 * clause plus {@code SortedSetDocValuesFacetCounts}; highlighting with a default {@code UnifiedHighlighter} over
 * the body. Queries are analyzed on every search, as fahras analyzes its requests.
 */
final class HandWrittenLucene implements Closeable {
  /** Changes whenever {@link #document} changes: a cached index of another version is rebuilt. */
  static final String VERSION = "1";

  static final FacetsConfig FACETS = new FacetsConfig();

  /** The stored fields a hit shows. */
  private static final Set<String> SHOWN = Set.of("id", "title", "published", "source");

  /** One hit as an embedder shows it. */
  record Hit(String id, String title, String published, String source, String snippet) {}

  /** A page of hits, with the facet counts when asked. */
  record Result(long total, List<Hit> hits, List<FacetResult> facets) {}

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final QueryBuilder queries = new QueryBuilder(analyzer);
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final UnifiedHighlighter highlighter;

  // ---- indexing ----

  static IndexWriterConfig config() {
    return new IndexWriterConfig(new ArabicAnalyzer());
  }

  static Document document(Article a) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    if (a.title() != null) {
      d.add(new TextField("title", a.title(), Field.Store.YES));
    }
    if (a.body() != null) {
      d.add(new TextField("body", a.body(), Field.Store.YES));
    }
    if (a.published() != null) {
      long epoch = a.published().toEpochSecond();
      d.add(new LongPoint("published", epoch));
      d.add(new NumericDocValuesField("published", epoch));
      d.add(new StoredField("published", a.published().toString()));
      d.add(new SortedSetDocValuesFacetField("year", String.valueOf(a.published().getYear())));
    }
    if (a.source() != null) {
      d.add(new StringField("source", a.source(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField("source", a.source()));
    }
    if (a.category() != null) {
      d.add(new SortedSetDocValuesFacetField("category", a.category()));
    }
    d.add(new SortedSetDocValuesFacetField("kind", a.kind().label()));
    return FACETS.build(d);
  }

  // ---- searching ----

  HandWrittenLucene(Path index) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
    facetState = new DefaultSortedSetDocValuesReaderState(reader, FACETS); // once per reader, as the docs advise
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  /** Any of the words, in the title or the body. */
  Result anyWords(String text) throws IOException {
    return hits(searcher.search(anyWordQuery(text), 10), null, null);
  }

  /** The words as a phrase, in the title or the body. */
  Result phrase(String text) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : new String[] {"title", "body"}) {
      Query q = queries.createPhraseQuery(field, text);
      if (q != null) {
        b.add(q, Occur.SHOULD);
      }
    }
    return hits(searcher.search(b.build(), 10), null, null);
  }

  /** Any of the words, only in articles of {@code source}, with the top 20 values of each facet. */
  Result filteredFaceted(String text, String source) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(anyWordQuery(text), Occur.MUST)
        .add(new TermQuery(new Term("source", source)), Occur.FILTER)
        .build();
    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, q, 10,
        new FacetsCollectorManager());
    List<FacetResult> facets = new SortedSetDocValuesFacetCounts(facetState, r.facetsCollector()).getAllDims(20);
    return hits(r.topDocs(), null, facets);
  }

  /** Any of the words, each hit with a highlighted passage of its body. */
  Result highlighted(String text) throws IOException {
    Query q = anyWordQuery(text);
    TopDocs top = searcher.search(q, 10);
    return hits(top, highlighter.highlight("body", q, top), null);
  }

  private Query anyWordQuery(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : new String[] {"title", "body"}) {
      Query q = queries.createBooleanQuery(field, text); // the analyzed words as SHOULD clauses
      if (q != null) {
        b.add(q, Occur.SHOULD);
      }
    }
    return b.build();
  }

  private Result hits(TopDocs top, String[] snippets, List<FacetResult> facets) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      Document d = stored.document(top.scoreDocs[i].doc, SHOWN);
      hits.add(new Hit(d.get("id"), d.get("title"), d.get("published"), d.get("source"),
          snippets == null ? null : snippets[i]));
    }
    return new Result(top.totalHits.value(), hits, facets);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
