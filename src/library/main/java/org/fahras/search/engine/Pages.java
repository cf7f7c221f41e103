package org.fahras.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import org.fahras.schema.StoredArticle;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** Runs a built query: one page (by number or after a cursor), its total, facets, snippets and stored fields. */
final class Pages {

  /** The stored fields a hit carries: all but the body, which can be long. */
  private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE,
      Schema.KIND, Schema.CATEGORY, Schema.URL, Schema.AUTHOR, Schema.TAGS, Schema.SUMMARY);

  private Pages() {}

  static SearchResponse run(IndexSearcher searcher, AnalysisChain chain, Query query, Query ranked,
      SearchRequest request, List<String> notes, long start) throws IOException {
    Sort sort = sortOf(request.sort());
    String fingerprint = Cursors.fingerprint(request, ranked);
    Cursors.After cursor = request.cursor() == null ? null
        : Cursors.decode(request.cursor(), request.sort(), searcher.getIndexReader().maxDoc(), fingerprint);
    FieldDoc after = cursor == null ? null : cursor.doc();
    int skip = (request.page() - 1) * request.size();
    long before = cursor == null ? skip : cursor.seen(); // hits ranked before this page
    int want = skip + request.size() + 1; // one more, to know whether there is a next page
    TopFieldCollectorManager top = new TopFieldCollectorManager(sort, want, after,
        request.exactTotal() ? Integer.MAX_VALUE : Math.max(SearchRequest.DEFAULT_EXACT_TOTAL_UP_TO, want));
    TopDocs docsFound;
    Map<String, Map<String, Long>> facets = Map.of();
    long total;
    boolean exact;
    if (request.facets()) {
      Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      docsFound = (TopDocs) both[0];
      FacetsCollector fc = (FacetsCollector) both[1];
      facets = FacetSearcher.counts(searcher, fc);
      // Facets see every match: the total is exact at no extra cost.
      total = 0;
      for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
        total += m.totalHits();
      }
      exact = true;
    } else {
      docsFound = searcher.search(query, top);
      exact = docsFound.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
      // Counting stops somewhere past the threshold, where depends on the page: the lower bound given is the
      // threshold itself, the same on every page (as Elasticsearch's track_total_hits).
      total = exact ? docsFound.totalHits.value()
          : Math.min(docsFound.totalHits.value(), SearchRequest.DEFAULT_EXACT_TOTAL_UP_TO);
    }
    ScoreDoc[] all = docsFound.scoreDocs;
    ScoreDoc[] docs = all.length <= skip ? new ScoreDoc[0]
        : Arrays.copyOfRange(all, skip, Math.min(all.length, skip + request.size()));
    if (request.sort() == SearchRequest.Sort.RELEVANCE) {
      // The score is the first sort value: reading it there saves building the query's weight a second time
      // (every term looked up again), which populateScores would do.
      for (ScoreDoc d : docs) {
        d.score = (Float) ((FieldDoc) d).fields[0];
      }
    } else {
      TopFieldCollector.populateScores(docs, searcher, query);
    }
    String next = request.size() > 0 && all.length > skip + request.size()
        ? Cursors.encode((FieldDoc) docs[docs.length - 1], request.sort(), before + docs.length, fingerprint) : null;
    Snippets.Snippet[] snippets = request.highlight()
        ? Snippets.of(searcher, chain, ranked, docs, request.rawSnippets()) : null;
    List<SearchHit> hits = new ArrayList<>(docs.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      hits.add(hit(stored.document(sd.doc, HIT_FIELDS), sd.score, snippets == null ? null : snippets[i],
          request.explain() ? searcher.explain(query, sd.doc).toString() : null));
    }
    notes = asWritten(searcher, chain, notes);
    long took = (System.nanoTime() - start) / 1_000_000;
    return SearchResponse.builder().total(total, exact).hits(hits).facets(facets).nextCursor(next).notes(notes)
        .tookMillis(took).firstRank(before + 1).build();
  }

  private static final String ALSO_SEARCHED = "also searched: ";

  /**
   * The notes with the variant spellings of "also searched" as the articles write them (مقارنة, not the normalized
   * مقارنه the variant table holds), so that a note reads as Arabic is written.
   */
  private static List<String> asWritten(IndexSearcher searcher, AnalysisChain chain, List<String> notes)
      throws IOException {
    List<String> out = null;
    for (int i = 0; i < notes.size(); i++) {
      String n = notes.get(i);
      if (!n.startsWith(ALSO_SEARCHED)) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String v : n.substring(ALSO_SEARCHED.length()).split(", ")) {
        String w = Suggestions.surfaceForm(searcher, Fields.wordFormAnalyzer(chain), Fields.wordFormFields(chain)[1], v);
        if (!forms.contains(w)) {
          forms.add(w);
        }
      }
      if (out == null) {
        out = new ArrayList<>(notes);
      }
      out.set(i, ALSO_SEARCHED + String.join(", ", forms));
    }
    return out == null ? notes : out;
  }

  private static SearchHit hit(Document d, float score, Snippets.Snippet snippet, String explanation) {
    return SearchHit.builder(d.get(Schema.ID)).title(d.get(Schema.TITLE)).published(StoredArticle.published(d))
        .source(d.get(Schema.SOURCE)).kind(StoredArticle.kind(d)).category(d.get(Schema.CATEGORY))
        .tags(StoredArticle.tags(d)).url(d.get(Schema.URL)).author(d.get(Schema.AUTHOR))
        .summary(d.get(Schema.SUMMARY)).score(score).snippet(snippet == null ? null : snippet.text())
        .snippetParts(snippet == null ? List.of() : snippet.parts()).explanation(explanation).build();
  }

  static Sort sortOf(SearchRequest.Sort sort) {
    SortField id = new SortField(Schema.ID, SortField.Type.STRING);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> {
        SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE); // undated last
        yield new Sort(f, id);
      }
      case OLDEST -> {
        SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE); // undated last
        yield new Sort(f, id);
      }
    };
  }
}
