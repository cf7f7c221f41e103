package org.fahras.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.analysis.AnalysisChain;
import org.fahras.index.Schema;

/**
 * Turns a {@link SearchRequest} into a Lucene query for an index built with a given {@link AnalysisChain}, runs
 * it, and reads the hits. Stateless; one instance serves concurrent searches.
 *
 * <p>Ranking. {@code stock} is the baseline protocol: every query term in title and body, equal weights, BM25
 * defaults (an OR of terms). {@code fahras} adds the exact (unstemmed) fields beside the stemmed ones, see
 * {@link #EXACT_WEIGHT}.
 */
public final class ArticleSearcher {
  /** Most analyzed terms taken from one query; the rest is dropped and the response says so. */
  public static final int MAX_QUERY_TERMS = 128;

  /** Longest query text read, in chars; the rest is dropped and the response says so. */
  public static final int MAX_QUERY_CHARS = 4096;

  /**
   * Weight of the exact-field clauses relative to the stemmed ones. The exact field rewards the query's own word
   * forms (a name, a plural) without losing the stemmed field's recall; measured on the dev sets (README).
   */
  static final float EXACT_WEIGHT = Float.parseFloat(System.getProperty("fahras.exactWeight", "0.5"));

  private final AnalysisChain chain;

  /** A searcher for indexes built with {@code chain}. */
  public ArticleSearcher(AnalysisChain chain) {
    this.chain = chain;
  }

  /** Runs {@code request} on {@code searcher}. Never throws for any query text. */
  public SearchResponse search(IndexSearcher searcher, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    List<String> notes = new ArrayList<>();
    String text = request.query();
    if (text.length() > MAX_QUERY_CHARS) {
      text = text.substring(0, MAX_QUERY_CHARS);
      if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        text = text.substring(0, text.length() - 1);
      }
      notes.add("query truncated to its first " + MAX_QUERY_CHARS + " characters");
    }
    Query query = buildQuery(text, notes);
    TopDocs top = searcher.search(query, request.size());
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    String[] snippets = request.highlight() ? highlight(searcher, query, top) : null;
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      String published = d.get(Schema.PUBLISHED);
      hits.add(new SearchHit(
          d.get(Schema.ID),
          d.get(Schema.TITLE),
          published == null ? null : OffsetDateTime.parse(published),
          d.get(Schema.SOURCE),
          d.get(Schema.KIND),
          sd.score,
          snippets == null ? null : snippets[i]));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResponse(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
        hits, notes, took);
  }

  /** The ranked query for plain text. */
  Query buildQuery(String text, List<String> notes) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = addTerms(b, chain.stemmed(), text, new String[] {Schema.TITLE, Schema.BODY}, 1f, notes);
    if (chain.hasExact()) {
      clauses += addTerms(b, chain.exact(), text, new String[] {Schema.TITLE_EXACT, Schema.BODY_EXACT},
          EXACT_WEIGHT, notes);
    }
    return clauses == 0 ? new MatchNoDocsQuery("no searchable terms") : b.build();
  }

  private static int addTerms(BooleanQuery.Builder b, org.apache.lucene.analysis.Analyzer analyzer, String text,
      String[] fields, float weight, List<String> notes) {
    List<String> terms = QueryTerms.of(analyzer, fields[0], text, MAX_QUERY_TERMS + 1);
    if (terms.size() > MAX_QUERY_TERMS) {
      terms = terms.subList(0, MAX_QUERY_TERMS);
      String note = "query cut to its first " + MAX_QUERY_TERMS + " terms";
      if (!notes.contains(note)) {
        notes.add(note);
      }
    }
    int n = 0;
    for (String t : terms) {
      for (String f : fields) {
        Query q = new TermQuery(new Term(f, t));
        b.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n;
  }

  private String[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, chain.stemmed())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), 160, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", false))
        .withFieldMatcher(f -> true)
        .withMaxLength(1_000_000)
        .build();
    String[] out = new String[top.scoreDocs.length];
    if (out.length == 0) {
      return out;
    }
    String[] body = hl.highlight(Schema.BODY, query, top, 2);
    String[] title = hl.highlight(Schema.TITLE, query, top, 1);
    for (int i = 0; i < out.length; i++) {
      out[i] = body[i] != null ? body[i] : title[i];
    }
    return out;
  }
}
