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
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.TotalHits;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.HitFields;
import org.fahras.schema.Schema;
import org.fahras.schema.StoredArticle;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** Runs a built query: one page (by number or after a cursor), its total, facets, snippets and hit fields. */
final class Pages {

  /** The stored fields a hit carries, all but the body: read only for a document without {@link Schema#HIT}. */
  private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE,
      Schema.KIND, Schema.CATEGORY, Schema.URL, Schema.AUTHOR, Schema.TAGS, Schema.SUMMARY);

  private Pages() {}

  static SearchResponse run(IndexSearcher searcher, AnalysisChain chain, Query query, Query ranked,
      SearchRequest request, List<String> notes, long start) throws IOException {
    return run(searcher, chain, query, ranked, null, 0, request, notes, start);
  }

  /**
   * Runs {@code query}; by relevance, with a {@code rescore} query, the first {@code window} hits are rescored: each
   * gets the rescore query's score added (for those hits alone: {@link #rescore}) and they are ordered again. Hits
   * past the window keep their first-phase order and score, never above a rescored hit's (the rescore query's scores
   * are not negative), so every page is in decreasing score order. A cursor inside the window or at its end finds
   * its place in the rescored window again; past it (its hit has a first-phase score, at most every window hit's
   * first-phase score), the first phase continues after it.
   */
  static SearchResponse run(IndexSearcher searcher, AnalysisChain chain, Query query, Query ranked, Query rescore,
      int window, SearchRequest request, List<String> notes, long start) throws IOException {
    boolean relevance = request.sort() == SearchRequest.Sort.RELEVANCE;
    String fingerprint = Cursors.fingerprint(request, ranked);
    Cursors.After cursor = request.cursor() == null ? null
        : Cursors.decode(request.cursor(), request.sort(), searcher.getIndexReader().maxDoc(), fingerprint);
    String generation = relevance ? Cursors.generation(searcher.getIndexReader()) : null;
    int skip = (request.page() - 1) * request.size();
    long before = cursor == null ? skip : cursor.seen(); // hits ranked before this page
    int want = skip + request.size() + 1; // one more, to know whether there is a next page
    boolean rescoring = relevance && rescore != null && window > 0 && (cursor == null || cursor.seen() <= window);
    Cursors.After firstPhaseCursor = cursor;
    if (rescoring) {
      want = Math.max(want, window) + (cursor == null ? 0 : request.size() + 1);
      firstPhaseCursor = null; // the window is rebuilt from the top; the cursor is found in it below
    }
    int countUpTo = request.exactTotal() ? Integer.MAX_VALUE : Math.max(SearchRequest.DEFAULT_EXACT_TOTAL_UP_TO, want);
    // Relevance: by score, ties by doc id — Lucene's plain top-score collector, without the sort comparators a
    // score-then-id sort runs for every competitive hit; the cursor keeps the doc id and the reader generation
    // (Cursors). The date sorts break ties by article id.
    CollectorManager<?, ? extends TopDocs> top = relevance
        ? new TopScoreDocCollectorManager(want, firstPhaseCursor == null ? null
            : new ScoreDoc(tiePosition(searcher, cursor, generation), (Float) cursor.doc().fields[0]), countUpTo)
        : new TopFieldCollectorManager(sortOf(request.sort()), want, cursor == null ? null : cursor.doc(), countUpTo);
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
    int rescored = 0;
    if (rescoring) {
      rescored = Math.min(window, all.length);
      all = rescore(searcher, rescore, all, rescored);
      if (cursor != null) {
        skip = after(all, (Float) cursor.doc().fields[0], tiePosition(searcher, cursor, generation));
      }
    }
    ScoreDoc[] docs = all.length <= skip ? new ScoreDoc[0]
        : Arrays.copyOfRange(all, skip, Math.min(all.length, skip + request.size()));
    if (!relevance) { // a relevance search's hits have their scores, the ones it ranked by
      TopFieldCollector.populateScores(docs, searcher, query);
    }
    HitFields.Values[] fields = hitFields(searcher, docs);
    String next = null;
    if (request.size() > 0 && all.length > skip + request.size()) {
      int last = docs.length - 1;
      next = relevance
          ? Cursors.encodeRelevance(docs[last], fields[last].id(), before + docs.length, fingerprint, generation)
          : Cursors.encode((FieldDoc) docs[last], request.sort(), before + docs.length, fingerprint);
    }
    Snippets.Snippet[] snippets = request.highlight()
        ? Snippets.of(searcher, chain, ranked, docs, request.rawSnippets()) : null;
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      String explanation = null;
      if (request.explain()) {
        explanation = searcher.explain(query, sd.doc).toString();
        if (skip + i < rescored) {
          explanation = "first phase:\n" + explanation + "second phase (the best " + rescored + " first-phase hits):\n"
              + searcher.explain(rescore, sd.doc);
        }
      }
      hits.add(hit(fields[i], sd.score, snippets == null ? null : snippets[i], explanation));
    }
    notes = asWritten(searcher, chain, notes);
    long took = (System.nanoTime() - start) / 1_000_000;
    return SearchResponse.builder().total(total, exact).hits(hits).facets(facets).nextCursor(next).notes(notes)
        .tookMillis(took).firstRank(before + 1).build();
  }

  /**
   * {@code hits} with the first {@code n} rescored: each gets {@code rescore}'s score for it added, read by
   * advancing the rescore query's scorers to those documents only (in doc id order, leaf by leaf), and the {@code n}
   * are ordered again by score, ties by doc id; the rest follow unchanged.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, Query rescore, ScoreDoc[] hits, int n) throws IOException {
    // (doc << 32 | position) keys: sorted without a comparator, the scorers' doc id order
    long[] byDoc = new long[n];
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      byDoc[i] = (long) hits[i].doc << 32 | i;
      scores[i] = hits[i].score;
    }
    Arrays.sort(byDoc);
    // Each clause of the second phase (a term's one-text score, a proximity pair) scored apart, target by target:
    // its sum is the disjunction's score, without the disjunction's heap (which advanced every clause to every
    // target and was a third of the rescoring time) and without checking phrases the other clauses do not need.
    List<Weight> weights = new ArrayList<>();
    for (Map.Entry<Query, Float> c : clauses(searcher.rewrite(rescore), 1f, new ArrayList<>())) {
      // a rewritten query's clauses are rewritten
      weights.add(searcher.createWeight(c.getKey(), ScoreMode.COMPLETE, c.getValue()));
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int k = 0;
    while (k < n) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex((int) (byDoc[k] >>> 32), leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int first = k;
      while (k < n && (int) (byDoc[k] >>> 32) < end) {
        k++;
      }
      for (Weight weight : weights) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        // The approximation, checked at each target only: the scorer's own iterator would look past a target that
        // does not match for the next document that does, checking phrases on documents no one asked about.
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int j = first; j < k; j++) {
          int target = (int) (byDoc[j] >>> 32) - leaf.docBase;
          int at = it.docID() >= target ? it.docID() : it.advance(target);
          if (at == target && (twoPhase == null || twoPhase.matches())) {
            scores[(int) byDoc[j]] += scorer.score();
          }
        }
      }
    }
    // (score descending, doc ascending) as one signed long: the complement of the score's sortable bits, then the doc
    long[] byScore = new long[n];
    for (int i = 0; i < n; i++) {
      byScore[i] = (long) ~NumericUtils.floatToSortableInt(scores[i]) << 32 | hits[i].doc;
    }
    Arrays.sort(byScore);
    ScoreDoc[] out = hits.clone();
    for (int i = 0; i < n; i++) {
      int doc = (int) byScore[i];
      out[i] = new ScoreDoc(doc, NumericUtils.sortableIntToFloat(~(int) (byScore[i] >> 32)));
    }
    return out;
  }

  /**
   * The scoring clauses of {@code q} (rewritten) with their boosts: a disjunction's clauses (a boolean query of
   * optional clauses alone, whose score is their sum), boosts multiplied down, in {@code into}.
   */
  static List<Map.Entry<Query, Float>> clauses(Query q, float boost, List<Map.Entry<Query, Float>> into) {
    if (q instanceof BoostQuery b && b.getQuery() instanceof BooleanQuery) {
      return clauses(b.getQuery(), boost * b.getBoost(), into);
    }
    if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      for (BooleanClause c : bq.clauses()) {
        clauses(c.query(), boost, into);
      }
      return into;
    }
    into.add(Map.entry(q, boost));
    return into;
  }

  /** The position in {@code hits} (by score, ties by doc id) of the first hit ranked after {@code (score, doc)}. */
  static int after(ScoreDoc[] hits, float score, int doc) {
    int i = 0;
    while (i < hits.length && (hits[i].score > score || (hits[i].score == score && hits[i].doc <= doc))) {
      i++;
    }
    return i;
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
        String w = SurfaceForms.of(searcher, chain, v);
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

  /**
   * The hit fields of {@code docs}, in their order, from the {@link Schema#HIT} doc values: read leaf by leaf in
   * increasing doc id (doc values are iterators that only go forward), without touching the stored fields, whose
   * compressed blocks hold whole bodies. A document without the doc value (none in an index of this schema
   * version) is read from the stored fields.
   */
  static HitFields.Values[] hitFields(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    HitFields.Values[] out = new HitFields.Values[docs.length];
    if (docs.length == 0) {
      return out;
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    int lastDoc = -1;
    StoredFields stored = null;
    for (int i : order) {
      int doc = docs[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc <= lastDoc) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getBinaryDocValues(Schema.HIT);
      }
      lastDoc = doc;
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        out[i] = HitFields.decode(values.binaryValue());
      } else {
        if (stored == null) {
          stored = searcher.storedFields();
        }
        out[i] = fromStored(stored.document(doc, HIT_FIELDS));
      }
    }
    return out;
  }

  /**
   * Where the ties of a relevance cursor's last hit are split: its doc id when the cursor was made on this reader
   * generation; else the doc id its article has now (doc ids move when segments merge), or -1 when it is gone (its
   * tied hits may then show again rather than be skipped).
   */
  private static int tiePosition(IndexSearcher searcher, Cursors.After cursor, String generation) throws IOException {
    if (cursor.docId() >= 0 && !generation.isEmpty() && generation.equals(cursor.generation())) {
      return cursor.docId();
    }
    BytesRef id = new BytesRef(cursor.id());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.ID);
      TermsEnum te = terms == null ? null : terms.iterator();
      if (te == null || !te.seekExact(id)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum p = te.postings(null, PostingsEnum.NONE);
      for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
        if (live == null || live.get(d)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }

  private static HitFields.Values fromStored(Document d) {
    return new HitFields.Values(d.get(Schema.ID), d.get(Schema.TITLE), StoredArticle.published(d),
        StoredArticle.kind(d), d.get(Schema.SOURCE), d.get(Schema.CATEGORY), StoredArticle.tags(d), d.get(Schema.URL),
        d.get(Schema.AUTHOR), d.get(Schema.SUMMARY));
  }

  private static SearchHit hit(HitFields.Values f, float score, Snippets.Snippet snippet, String explanation) {
    return SearchHit.builder(f.id()).title(f.title()).published(f.published()).source(f.source()).kind(f.kind())
        .category(f.category()).tags(f.tags()).url(f.url()).author(f.author()).summary(f.summary()).score(score)
        .snippet(snippet == null ? null : snippet.text())
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
