package org.fahras.search.engine;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.fahras.analysis.AnalysisChain;
import org.fahras.search.Ranking;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/**
 * The search engine behind {@code ArticleIndex}: wires query building ({@link ArticleQueries}), execution and
 * paging ({@link Pages}), facets ({@link FacetSearcher}), snippets ({@link Snippets}), suggestions
 * ({@link Suggestions}) and more-like-this ({@link SimilarArticles}) for an index of one {@link AnalysisChain}.
 * Stateless; one instance serves concurrent searches. The entry point of the internal package
 * {@code org.fahras.search.engine}, which the module does not export: public only so that {@code org.fahras.index}
 * and {@code org.fahras.search} can use it; embedders use {@code ArticleIndex}.
 */
public final class ArticleSearcher {
  /**
   * The chains a request without a ranking searches with the full default (proximity included): the library's and
   * the stemmer ablations measured against it; the baselines and the other ablations (fahras-no-proximity among
   * them) without proximity, so that their figures stay comparable. Ranking, not tokens: it is not recorded in the
   * index.
   */
  private static final java.util.Set<String> WITH_PROXIMITY =
      java.util.Set.of("fahras", "fahras-no-lexicon", "fahras-prefix-guard", "fahras-suffix-guard");

  private final AnalysisChain chain;
  private final Ranking chainDefault;
  private final Ranking.Variants indexVariants;

  /** A searcher for indexes built with {@code chain}, without a variant table. */
  public ArticleSearcher(AnalysisChain chain) {
    this(chain, Ranking.NO_VARIANTS);
  }

  /**
   * A searcher for indexes built with {@code chain}; {@code indexVariants} stands in for
   * {@link Ranking#INDEX_VARIANTS} in the rankings of requests.
   */
  public ArticleSearcher(AnalysisChain chain, Ranking.Variants indexVariants) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.indexVariants = Objects.requireNonNull(indexVariants, "indexVariants");
    // The ranking a request without one gets: the measured best, except for the ablation chains that name
    // another (fahras-no-proximity and the baselines), so that their figures stay comparable.
    this.chainDefault = WITH_PROXIMITY.contains(chain.name()) ? Ranking.DEFAULT : Ranking.DEFAULT.withProximity(false);
  }

  /** The searchers a {@code SearcherManager} should make: they keep per-reader facet state. */
  public static SearcherFactory searcherFactory() {
    return FacetSearcher.FACTORY;
  }

  /**
   * The ranking {@code request} is searched with: its own, else the chain's default, which for a question on an
   * index whose default is the full ranking is {@link Ranking#QUESTIONS} ({@link QueryKind}).
   */
  Ranking rankingOf(SearchRequest request) {
    Ranking r = request.ranking() != null ? request.ranking()
        : chainDefault == Ranking.DEFAULT && QueryKind.of(request.query()) == QueryKind.QUESTION ? Ranking.QUESTIONS
        : chainDefault;
    if (r.variants().equals(Ranking.INDEX_VARIANTS)) {
      r = r.withVariants(indexVariants, r.variantWeight());
    }
    return request.preferRecent() && !r.recency() ? r.withRecency(true) : r;
  }

  /**
   * Runs {@code request} on {@code searcher}. Never throws for any query text: a query that would expand past
   * Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount()}; fuzzy words, variants, many words) is
   * narrowed step by step — fewer close spellings per fuzzy word, then no spelling variants — and a note says
   * what was narrowed; should even that exceed the limit, the response is empty with a note.
   */
  public SearchResponse search(IndexSearcher searcher, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Ranking r = rankingOf(request);
    try {
      return run(searcher, request, r, FahrasQueryParser.FUZZY_EXPANSIONS, null, start);
    } catch (IndexSearcher.TooManyClauses e) {
      // narrowed below; rare, so the first attempt's cost is not worth predicting
    }
    try {
      return run(searcher, request, r, NARROW_FUZZY_EXPANSIONS, "each fuzzy word (~) matched at most its "
          + NARROW_FUZZY_EXPANSIONS + " closest words: the query would exceed " + IndexSearcher.getMaxClauseCount()
          + " terms", start);
    } catch (IndexSearcher.TooManyClauses e) {
      // narrowed further below
    }
    try {
      return run(searcher, request, r.withVariants(Ranking.NO_VARIANTS, r.variantWeight()), 1,
          "spelling variants were left out and each fuzzy word (~) matched only its closest word: the query would"
              + " exceed " + IndexSearcher.getMaxClauseCount() + " terms", start);
    } catch (IndexSearcher.TooManyClauses e) {
      List<String> notes = List.of("the query has too many parts to search (over "
          + IndexSearcher.getMaxClauseCount() + " terms even narrowed): use fewer words, fuzzy words or wildcards");
      return SearchResponse.builder().notes(notes).tookMillis((System.nanoTime() - start) / 1_000_000).build();
    }
  }

  /**
   * Where recency decays from: the newest article of the index (an archive's late articles are its recent ones;
   * the clock would make every article of a 2018 archive equally old), or now for an index without dates.
   */
  static long recencyOrigin(IndexSearcher searcher, Ranking r) throws IOException {
    if (!r.recency()) {
      return 0;
    }
    byte[] max = org.apache.lucene.index.PointValues.getMaxPackedValue(searcher.getIndexReader(),
        org.fahras.schema.Schema.PUBLISHED);
    return max == null ? java.time.Instant.now().getEpochSecond()
        : org.apache.lucene.document.LongPoint.decodeDimension(max, 0);
  }

  /** Most terms one fuzzy word matches once a query had to be narrowed. */
  static final int NARROW_FUZZY_EXPANSIONS = 5;

  private SearchResponse run(IndexSearcher searcher, SearchRequest request, Ranking r, int fuzzyExpansions,
      String narrowed, long start) throws IOException {
    ArticleQueries.Built q = ArticleQueries.build(chain, request, r, fuzzyExpansions, recencyOrigin(searcher, r));
    List<String> notes = q.notes();
    if (narrowed != null) {
      notes = new java.util.ArrayList<>(notes);
      notes.add(narrowed);
    }
    return Pages.run(FacetSearcher.scoredBy(searcher, r.bm25K1(), r.bm25B()), chain, q.query(), q.ranked(),
        q.rescore(), r.secondPhaseWindow(), request, notes, start);
  }

  /**
   * Articles similar to the one with {@code id}, with the request's filters, sort and paging; the article itself
   * is left out. An id the searcher does not hold (never indexed, or deleted since the caller saw it) gives an
   * empty response whose note says so: never an exception, whatever another thread deleted meanwhile.
   */
  public SearchResponse moreLikeThis(IndexSearcher searcher, String id, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Ranking r = rankingOf(request);
    Query like = SimilarArticles.like(searcher, chain, id);
    if (like == null) {
      return SearchResponse.builder()
          .notes(List.of("no article with id \"" + id + "\" to find similar articles to"))
          .tookMillis((System.nanoTime() - start) / 1_000_000).build();
    }
    if (request.sort() != SearchRequest.Sort.RELEVANCE) {
      like = SimilarArticles.floor(like);
    }
    ArticleQueries.Built q = ArticleQueries.around(like, request, r, recencyOrigin(searcher, r));
    return Pages.run(FacetSearcher.scoredBy(searcher, r.bm25K1(), r.bm25B()), chain, q.query(), q.ranked(), request,
        q.notes(), start);
  }

  /**
   * The filter parts of {@code query} whose value cannot be read (each named, with why), days read in
   * {@code zone}; empty when every filter can be. What {@code SearchRequest.Builder.strictFilters} refuses.
   */
  public static List<String> malformedFilters(String query, ZoneId zone) {
    return QueryLanguage.parse(query, zone).malformed();
  }

  /** "Did you mean": {@code query} with only its misspelled words corrected, or empty. */
  public Optional<String> suggestCorrection(IndexSearcher searcher, String query, boolean plainText)
      throws IOException {
    return Suggestions.correction(searcher, chain, query, plainText);
  }

  /** Titles completing {@code prefix}. */
  public List<String> autocomplete(IndexSearcher searcher, String prefix, int n) throws IOException {
    return Suggestions.autocomplete(searcher, chain, prefix, n);
  }
}
