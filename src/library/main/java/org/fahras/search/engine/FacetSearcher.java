package org.fahras.search.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.fahras.schema.Schema;
import org.fahras.search.Ranking;

/**
 * An {@link IndexSearcher} that keeps, per facet dimension, the ordinal maps Lucene's string facets need: built
 * once per reader (on the first faceted search), not on every search. Made by {@link #FACTORY}.
 */
final class FacetSearcher extends IndexSearcher {
  /** Dimensions counted, in the order a response lists them. */
  static final String[] DIMENSIONS = {Schema.SOURCE, Schema.CATEGORY, Schema.KIND, Schema.YEAR};

  /** Values counted per dimension. */
  static final int TOP_VALUES = 20;

  /** Makes the searchers of a {@code SearcherManager}. */
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      return new FacetSearcher(reader);
    }
  };

  private final Map<String, StringDocValuesReaderState> states;

  FacetSearcher(IndexReader reader) {
    this(reader, new ConcurrentHashMap<>());
  }

  private FacetSearcher(IndexReader reader, Map<String, StringDocValuesReaderState> states) {
    super(reader);
    this.states = states;
  }

  /**
   * {@code s} scoring with BM25's {@code k1} and {@code b}: {@code s} itself when it already does, else a view of
   * the same reader (sharing the facet state and the query cache) with that similarity. A searcher is cheap to
   * make; the ranking, chosen per search, decides the similarity, not the shared searcher. A searcher that does
   * not score by BM25 (an embedder's own) is kept under Lucene's BM25 parameters. The view has no executor or
   * timeout of its own: the library's searchers have none.
   */
  static IndexSearcher scoredBy(IndexSearcher s, float k1, float b) {
    boolean same = s.getSimilarity() instanceof BM25Similarity bm
        ? bm.getK1() == k1 && bm.getB() == b
        // a caller's own similarity is kept unless the ranking asks for other BM25 parameters than Lucene's
        : k1 == Ranking.LUCENE_K1 && b == Ranking.LUCENE_B;
    if (same) {
      return s;
    }
    IndexSearcher view = s instanceof FacetSearcher f
        ? new FacetSearcher(f.getIndexReader(), f.states)
        : new IndexSearcher(s.getIndexReader());
    view.setSimilarity(new BM25Similarity(k1, b));
    view.setQueryCache(s.getQueryCache());
    view.setQueryCachingPolicy(s.getQueryCachingPolicy());
    return view;
  }

  private StringDocValuesReaderState state(String dim) throws IOException {
    StringDocValuesReaderState s = states.get(dim);
    if (s == null) {
      s = new StringDocValuesReaderState(getIndexReader(), dim);
      StringDocValuesReaderState raced = states.putIfAbsent(dim, s);
      s = raced != null ? raced : s;
    }
    return s;
  }

  /**
   * A facet value as an article writes it ({@code BBC}, as its hits show it), not the lower-cased key it is
   * matched and counted by: the value of the first article with that key (the key itself if none has one), read
   * from its hit fields ({@link Pages#hitFields}), as a hit's are, not from the stored fields (tags: the first tag,
   * as the first stored value was).
   */
  private static String asWritten(IndexSearcher searcher, String dim, String key) throws IOException {
    org.apache.lucene.search.TopDocs top =
        searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(dim, key)), 1);
    if (top.scoreDocs.length == 0) {
      return key;
    }
    org.fahras.schema.HitFields.Values v = Pages.hitFields(searcher, top.scoreDocs)[0];
    String written = switch (dim) {
      case Schema.SOURCE -> v.source();
      case Schema.CATEGORY -> v.category();
      case Schema.KIND -> v.kind().label();
      case Schema.TAGS -> v.tags().isEmpty() ? null : v.tags().get(0);
      default -> null;
    };
    return written != null && Schema.keyword(written).equals(key) ? written : key;
  }

  /** The counts of the matches {@code fc} collected on {@code searcher}, per dimension, largest first. */
  static Map<String, Map<String, Long>> counts(IndexSearcher searcher, FacetsCollector fc) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      StringDocValuesReaderState state = searcher instanceof FacetSearcher f
          ? f.state(dim) : new StringDocValuesReaderState(searcher.getIndexReader(), dim);
      FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(TOP_VALUES, dim);
      Map<String, Long> m = new LinkedHashMap<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          m.put(dim.equals(Schema.YEAR) ? lv.label : asWritten(searcher, dim, lv.label), lv.value.longValue());
        }
      }
      out.put(dim, m);
    }
    return out;
  }
}
