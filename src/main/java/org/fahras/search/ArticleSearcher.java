package org.fahras.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.fahras.analysis.AnalysisChain;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.index.Schema;

/**
 * Turns a {@link SearchRequest} into a Lucene query for an index built with a given {@link AnalysisChain}, runs
 * it, and reads the hits. Stateless; one instance serves concurrent searches.
 *
 * <p>Ranking. {@code stock} is the baseline protocol: every query term in title and body, equal weights, BM25
 * defaults (an OR of terms). {@code fahras} adds the exact (unstemmed) fields beside the stemmed ones (see
 * {@link #EXACT_WEIGHT}) and a proximity boost for consecutive query words (see {@link #PROXIMITY_WEIGHT}); title
 * and body keep equal weights, as boosting the title lowered every dev set that has titles. Quoted phrases are required and match the exact fields; prefixes ({@code word*}) are
 * normalized like full terms and match the exact fields.
 */
public final class ArticleSearcher {
  /** Most analyzed terms taken from one query; the rest is dropped and the response says so. */
  public static final int MAX_QUERY_TERMS = 128;

  /** Longest query text read, in chars; the rest is dropped and the response says so. */
  public static final int MAX_QUERY_CHARS = 4096;

  /** Longest stored text the highlighter reads for one snippet: a 10 MB body is highlighted in its first 1 MB. */
  public static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  /** Most phrases, exclusions and prefixes one query may use (each kind); the rest are dropped, with a note. */
  public static final int MAX_OPERATORS = 16;

  /**
   * Weight of the exact-field clauses relative to the stemmed ones. The exact field rewards the query's own word
   * forms (a name, a plural) without losing the stemmed field's recall; 0.5 measured best of 0.25/0.5/1.0 on the
   * dev sets (README).
   */
  static final float EXACT_WEIGHT = 0.5f;

  /**
   * Weight of the proximity clauses: each pair of consecutive query terms, within {@link #PROXIMITY_SLOP}
   * positions of each other in the body, adds this much (the sequential-dependence idea: words of a query that
   * stand together in a text say the text is about their combination). Measured on the dev sets: 0.1 on the body
   * raised MRR@10 on arcd and xquad-ar and lowered it on none; larger weights, or pairs in the title too, lowered
   * headlines-jawhara (README, "Ranking").
   */
  static final float PROXIMITY_WEIGHT = 0.1f;

  /** How far apart (in positions) the two words of a proximity pair may be. */
  static final int PROXIMITY_SLOP = 4;

  private static final String[] STEMMED_FIELDS = {Schema.TITLE, Schema.BODY};
  private static final String[] EXACT_FIELDS = {Schema.TITLE_EXACT, Schema.BODY_EXACT};

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
      int cut = Character.isHighSurrogate(text.charAt(MAX_QUERY_CHARS - 1)) ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS;
      text = text.substring(0, cut);
      notes.add("query cut to its first " + MAX_QUERY_CHARS + " characters");
    }
    ParsedQuery parsed = request.plainText() ? ParsedQuery.plain(text) : QueryLanguage.parse(text);
    notes.addAll(parsed.notes());
    boolean filters = !request.filters().isEmpty() || request.publishedFrom() != null || request.publishedTo() != null;
    Query ranked = rankedQuery(parsed, filters, notes);
    Query query = filtered(ranked, parsed, request);
    return run(searcher, withRecency(query, request), ranked, request, notes, start);
  }

  private static Query withRecency(Query query, SearchRequest request) {
    if (request.preferRecent()) {
      query = new BooleanQuery.Builder()
          .add(query, Occur.MUST)
          .add(org.apache.lucene.document.LongField.newDistanceFeatureQuery(Schema.PUBLISHED, RECENCY_WEIGHT,
              OffsetDateTime.now().toEpochSecond(), RECENCY_PIVOT_SECONDS), Occur.SHOULD)
          .build();
    }
    return query;
  }

  private SearchResponse run(IndexSearcher searcher, Query query, Query ranked, SearchRequest request,
      List<String> notes, long start) throws IOException {
    Sort sort = sortOf(request.sort());
    FieldDoc after = request.cursor() == null ? null
        : Cursors.decode(request.cursor(), request.sort(), searcher.getIndexReader().maxDoc());
    int want = request.size() + 1; // one more, to know whether there is a next page
    TopDocs top;
    Map<String, Map<String, Long>> facets = Map.of();
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.searchAfter(searcher, after, query, want, sort, true, new FacetsCollectorManager());
      top = r.topDocs();
      facets = facetCounts(searcher, r.facetsCollector());
    } else {
      top = searcher.searchAfter(after, query, want, sort, true);
    }
    ScoreDoc[] docs = top.scoreDocs;
    String next = null;
    if (docs.length > request.size()) {
      docs = java.util.Arrays.copyOf(docs, request.size());
      next = Cursors.encode((FieldDoc) docs[docs.length - 1], request.sort());
    }
    String[] snippets = request.highlight() ? highlight(searcher, withoutProximity(ranked), docs) : null;
    List<SearchHit> hits = new ArrayList<>(docs.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      Document d = stored.document(sd.doc, HIT_FIELDS);
      String published = d.get(Schema.PUBLISHED);
      hits.add(new SearchHit(
          d.get(Schema.ID),
          d.get(Schema.TITLE),
          published == null ? null : OffsetDateTime.parse(published),
          d.get(Schema.SOURCE),
          d.get(Schema.KIND),
          sd.score,
          snippets == null ? null : snippets[i],
          request.explain() ? searcher.explain(query, sd.doc).toString() : null));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResponse(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
        hits, facets, next, notes, took);
  }

  /**
   * Articles similar to the one with {@code id} (Lucene's MoreLikeThis over title and body), with the request's
   * filters, sort and paging; the article itself is left out.
   *
   * @throws IllegalArgumentException when there is no article with that id
   */
  public SearchResponse moreLikeThis(IndexSearcher searcher, String id, SearchRequest request) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      throw new IllegalArgumentException("no article with id \"" + id + "\"");
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(chain.stemmed());
    mlt.setFieldNames(STEMMED_FIELDS);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    Query like = new BooleanQuery.Builder()
        .add(mlt.like(found.scoreDocs[0].doc), Occur.MUST)
        .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
        .build();
    Query query = withRecency(filtered(like, ParsedQuery.plain(""), request), request);
    return run(searcher, query, like, request, new ArrayList<>(), System.nanoTime());
  }

  /**
   * A corrected query when some of its words are not in the index but a close word is (Lucene's
   * DirectSpellChecker over the exact field), or empty when every word is found or nothing better is known.
   */
  public java.util.Optional<String> suggestCorrection(IndexSearcher searcher, String query) throws IOException {
    String field = wordFormFields()[1]; // the body
    Analyzer analyzer = wordFormAnalyzer();
    List<String> words = QueryTerms.of(analyzer, field, query, MAX_QUERY_TERMS);
    org.apache.lucene.search.spell.DirectSpellChecker checker = new org.apache.lucene.search.spell.DirectSpellChecker();
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String w : words) {
      Term t = new Term(field, w);
      if (searcher.getIndexReader().docFreq(t) > 0) {
        out.add(w);
        continue;
      }
      org.apache.lucene.search.spell.SuggestWord[] s = checker.suggestSimilar(t, 1, searcher.getIndexReader(),
          org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length > 0) {
        out.add(surfaceForm(searcher, analyzer, field, s[0].string));
        changed = true;
      } else {
        out.add(w);
      }
    }
    return changed ? java.util.Optional.of(String.join(" ", out)) : java.util.Optional.empty();
  }

  /**
   * The word as an article writes it for the normalized {@code term} (المكتبة for المكتبه), so that a suggestion
   * reads as Arabic is written; the term itself when no article shows it within its first 64 KB.
   */
  private static String surfaceForm(IndexSearcher searcher, Analyzer analyzer, String field, String term)
      throws IOException {
    String storedField = field.equals(Schema.BODY_EXACT) ? Schema.BODY : field;
    TopDocs top = searcher.search(new TermQuery(new Term(field, term)), 1);
    if (top.scoreDocs.length == 0) {
      return term;
    }
    String text = searcher.storedFields().document(top.scoreDocs[0].doc).get(storedField);
    if (text == null) {
      return term;
    }
    text = text.substring(0, Math.min(text.length(), 65_536));
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
      var termAtt = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offsetAtt = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (termAtt.toString().equals(term)) {
          return ArabicNormalizer.stripMarks(text.substring(offsetAtt.startOffset(), offsetAtt.endOffset()));
        }
      }
      ts.end();
    }
    return term;
  }

  /**
   * Titles that complete {@code prefix}: its finished words must appear in the title, its last word may be
   * unfinished. Normalized like every query, so أخب and اخب complete alike.
   */
  public List<String> autocomplete(IndexSearcher searcher, String prefix, int n) throws IOException {
    String field = wordFormFields()[0]; // the title
    Analyzer analyzer = wordFormAnalyzer();
    String text = prefix.length() > MAX_QUERY_CHARS ? prefix.substring(0, MAX_QUERY_CHARS) : prefix;
    boolean endsWord = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    String[] words = text.strip().split("\\s+");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (int i = 0; i < words.length && clauses < MAX_OPERATORS; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (i == words.length - 1 && !endsWord) {
        BytesRef p = analyzer.normalize(field, words[i]);
        if (p.length > 0) {
          b.add(new PrefixQuery(new Term(field, p)), Occur.MUST);
          clauses++;
        }
      } else {
        for (String t : QueryTerms.of(analyzer, field, words[i], 4)) {
          b.add(new TermQuery(new Term(field, t)), Occur.MUST);
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(b.build(), Math.max(1, Math.min(n, 100)));
    List<String> titles = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      String t = stored.document(sd.doc, Set.of(Schema.TITLE)).get(Schema.TITLE);
      if (t != null && !titles.contains(t)) {
        titles.add(t);
      }
    }
    return titles;
  }

  /** The stored fields a hit shows: not the body, which can be long. */
  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE, Schema.KIND);

  /** Weight of the recency feature when {@link SearchRequest#preferRecent()} is on. */
  static final float RECENCY_WEIGHT = 1f;

  /** Age at which the recency feature gives half its weight: 30 days. */
  static final long RECENCY_PIVOT_SECONDS = 30L * 24 * 3600;

  /**
   * The analyzer of the words as written (normalized, unstemmed): the exact representation, or the searched one
   * for chains without it. Phrases, prefixes, wildcards, suggestions and autocomplete work on these.
   */
  private Analyzer wordFormAnalyzer() {
    return chain.hasExact() ? chain.exact() : chain.stemmed();
  }

  /** The title and body fields of {@link #wordFormAnalyzer()}, in that order. */
  private String[] wordFormFields() {
    return chain.hasExact() ? EXACT_FIELDS : STEMMED_FIELDS;
  }

  /** The scoring part: ranked words, required phrases, prefixes and exclusions. */
  Query rankedQuery(ParsedQuery q, boolean requestFilters, List<String> notes) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> stemmedTerms = termsOf(chain.stemmed(), Schema.TITLE, q.text(), notes);
    int should = addTerms(b, stemmedTerms, STEMMED_FIELDS, 1f);
    if (chain.hasExact()) {
      should += addTerms(b, termsOf(chain.exact(), Schema.TITLE_EXACT, q.text(), notes), EXACT_FIELDS, EXACT_WEIGHT);
    }
    proximity(stemmedTerms).ifPresent(p -> b.add(p, Occur.SHOULD));
    Analyzer exactAnalyzer = wordFormAnalyzer();
    String[] exactFields = wordFormFields();
    int must = 0;
    for (String phrase : capped(q.phrases(), "phrases", notes)) {
      Query p = phrase(exactAnalyzer, exactFields, phrase);
      if (p != null) {
        b.add(p, Occur.MUST);
        must++;
      }
    }
    for (String prefix : capped(q.prefixes(), "prefixes", notes)) {
      for (String f : exactFields) {
        BytesRef normalized = exactAnalyzer.normalize(f, prefix);
        if (normalized.length > 0) {
          b.add(new PrefixQuery(new Term(f, normalized)), Occur.SHOULD);
          should++;
        }
      }
    }
    for (String wildcard : capped(q.wildcards(), "wildcards", notes)) {
      for (String f : exactFields) {
        // the normalization of full terms; ? and * pass through it unchanged
        BytesRef normalized = exactAnalyzer.normalize(f, wildcard);
        try {
          b.add(new WildcardQuery(new Term(f, normalized)), Occur.SHOULD);
          should++;
        } catch (RuntimeException e) { // TooComplexToDeterminizeException: a pattern too costly to match
          String note = "wildcard " + wildcard + " is too complex and was left out";
          if (!notes.contains(note)) {
            notes.add(note);
          }
        }
      }
    }
    int mustNot = 0;
    for (String word : capped(q.excludedWords(), "exclusions", notes)) {
      for (String t : QueryTerms.of(chain.stemmed(), Schema.BODY, word, MAX_QUERY_TERMS)) {
        for (String f : STEMMED_FIELDS) {
          b.add(new TermQuery(new Term(f, t)), Occur.MUST_NOT);
          mustNot++;
        }
      }
    }
    for (String phrase : capped(q.excludedPhrases(), "excluded phrases", notes)) {
      Query p = phrase(exactAnalyzer, exactFields, phrase);
      if (p != null) {
        b.add(p, Occur.MUST_NOT);
        mustNot++;
      }
    }
    if (should + must == 0) {
      boolean anythingElse =
          requestFilters || mustNot > 0 || !q.filters().isEmpty() || q.after() != null || q.before() != null;
      if (!anythingElse) {
        return new MatchNoDocsQuery("no searchable terms");
      }
      b.add(new MatchAllDocsQuery(), Occur.MUST); // only filters or exclusions: everything else matches
    }
    return b.build();
  }

  /** Proximity pairs of the stemmed query terms on the body (fahras ranking only; stock stays the baseline). */
  private java.util.Optional<Query> proximity(List<String> terms) {
    if (!chain.proximity()) {
      return java.util.Optional.empty();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 0; i + 1 < terms.size() && i < MAX_PROXIMITY_PAIRS; i++) {
      if (!terms.get(i).equals(terms.get(i + 1))) {
        b.add(new BoostQuery(new PhraseQuery(PROXIMITY_SLOP, Schema.BODY, terms.get(i), terms.get(i + 1)),
            PROXIMITY_WEIGHT), Occur.SHOULD);
        n++;
      }
    }
    // Wrapped so that highlighting can leave it out: a pair would mark the words between its two terms.
    return n == 0 ? java.util.Optional.empty() : java.util.Optional.of(new ProximityQuery(b.build()));
  }

  /** Most proximity pairs per query: with 4 term clauses per term, keeps every query under 1024 clauses. */
  static final int MAX_PROXIMITY_PAIRS = 64;

  private static <T> List<T> capped(List<T> items, String what, List<String> notes) {
    if (items.size() <= MAX_OPERATORS) {
      return items;
    }
    notes.add("only the first " + MAX_OPERATORS + " " + what + " were used");
    return items.subList(0, MAX_OPERATORS);
  }

  /** The phrase in any of {@code fields}, or null when it has no searchable word. */
  private static Query phrase(Analyzer analyzer, String[] fields, String phrase) {
    QueryBuilder qb = new QueryBuilder(analyzer);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query p = qb.createPhraseQuery(f, phrase);
      if (p != null) {
        any.add(p, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : any.build();
  }

  private static Query filtered(Query ranked, ParsedQuery q, SearchRequest r) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    q.filters().forEach((k, v) -> filters.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    r.filters().forEach((k, v) -> filters.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    OffsetDateTime from = latest(q.after(), r.publishedFrom());
    OffsetDateTime to = earliest(q.before(), r.publishedTo());
    if (filters.isEmpty() && from == null && to == null) {
      return ranked;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(ranked, Occur.MUST);
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      String field = e.getKey().equals("tag") ? Schema.TAGS : e.getKey();
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : e.getValue().subList(0, Math.min(e.getValue().size(), MAX_OPERATORS))) {
        any.add(new TermQuery(new Term(field, Schema.keyword(v))), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
    }
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochSecond();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochSecond() - 1;
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    }
    return b.build();
  }

  private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
  }

  private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
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

  private static Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector fc)
      throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : new String[] {Schema.SOURCE, Schema.CATEGORY, Schema.KIND, Schema.YEAR}) {
      StringValueFacetCounts counts =
          new StringValueFacetCounts(new StringDocValuesReaderState(searcher.getIndexReader(), dim), fc);
      FacetResult r = counts.getTopChildren(20, dim);
      Map<String, Long> m = new LinkedHashMap<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          m.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, m);
    }
    return out;
  }

  /** The analyzed terms of {@code text}, at most {@link #MAX_QUERY_TERMS} (a note says when cut). */
  private static List<String> termsOf(Analyzer analyzer, String field, String text, List<String> notes) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> terms = QueryTerms.of(analyzer, field, text, MAX_QUERY_TERMS + 1);
    if (terms.size() > MAX_QUERY_TERMS) {
      terms = terms.subList(0, MAX_QUERY_TERMS);
      String note = "query cut to its first " + MAX_QUERY_TERMS + " terms";
      if (!notes.contains(note)) {
        notes.add(note);
      }
    }
    return terms;
  }

  private static int addTerms(BooleanQuery.Builder b, List<String> terms, String[] fields, float weight) {
    int n = 0;
    for (String t : terms) {
      for (String f : fields) {
        Query q = new TermQuery(new Term(f, t));
        b.add(weight == 1f ? q : new BoostQuery(q, weight), Occur.SHOULD);
        n++;
      }
    }
    return n;
  }


  private String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    String[] out = new String[docs.length];
    if (docs.length == 0) {
      return out;
    }
    // The highlight analyzer stacks exact and stemmed terms at one position, so stemmed terms, exact terms,
    // phrases and prefixes all find the word as written, with its original offsets.
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, chain.highlight())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", false))
        .withFieldMatcher(f -> true)
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .build();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, String[]> fields = hl.highlightFields(new String[] {Schema.BODY, Schema.TITLE}, query, ids,
        new int[] {2, 1});
    String[] body = fields.get(Schema.BODY);
    String[] title = fields.get(Schema.TITLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = body[i] != null ? body[i] : title[i];
    }
    return out;
  }

  /** {@code query} without its proximity clause (for highlighting: matched words, not the spans between them). */
  static Query withoutProximity(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      if (!(c.query() instanceof ProximityQuery)) {
        b.add(c);
      }
    }
    return b.build();
  }

  /** Marks the proximity clause of a ranked query; scores, matches and rewrites as the query it wraps. */
  static final class ProximityQuery extends Query {
    final Query pairs;

    ProximityQuery(Query pairs) {
      this.pairs = pairs;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
      return pairs; // from here on, plain Lucene queries
    }

    @Override
    public void visit(org.apache.lucene.search.QueryVisitor visitor) {
      pairs.visit(visitor.getSubVisitor(Occur.SHOULD, this));
    }

    @Override
    public String toString(String field) {
      return "proximity(" + pairs.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o) && pairs.equals(((ProximityQuery) o).pairs);
    }

    @Override
    public int hashCode() {
      return classHash() * 31 + pairs.hashCode();
    }
  }

  /** Target length of one snippet passage, in chars. */
  static final int SNIPPET_CHARS = 160;

  /** Cursor encoding: the last hit's sort values, so the next page starts right after it. */
  static final class Cursors {
    private Cursors() {}

    static String encode(FieldDoc last, SearchRequest.Sort sort) {
      Object primary = last.fields[0];
      String id = ((BytesRef) last.fields[1]).utf8ToString();
      String value = primary == null ? "" : primary.toString();
      String raw = sort.name() + "\n" + value + "\n" + id;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor, SearchRequest.Sort sort, int maxDoc) {
      try {
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = raw.split("\n", 3);
        if (parts.length != 3 || !parts[0].equals(sort.name())) {
          throw new IllegalArgumentException();
        }
        Object primary = sort == SearchRequest.Sort.RELEVANCE
            ? (Object) Float.valueOf(parts[1]) : (Object) Long.valueOf(parts[1]);
        // The last doc id: a document with equal sort values (only the cursor's own: ids are unique) counts as
        // already seen.
        return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid cursor \"" + cursor + "\" for sort " + sort.name().toLowerCase(Locale.ROOT)
            + ": pass the next cursor of the previous page of the same search");
      }
    }
  }
}
