package org.fahras.search.engine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import org.fahras.search.Ranking;
import org.fahras.search.SearchRequest;

/**
 * Builds the Lucene query of a request: the ranked part (the query language through {@link FahrasQueryParser},
 * or plain text), the {@link Ranking}'s proximity pairs and recency, and the filters. Stateless.
 *
 * <p>Ranking. {@code stock} is the baseline protocol: every query term in title and body, equal weights, BM25
 * defaults (an OR of terms). {@code fahras} adds the exact (unstemmed) fields beside the stemmed ones and, with
 * the default ranking, proximity pairs; title and body keep equal weights, as boosting the title lowered every dev
 * set that has titles.
 */
final class ArticleQueries {
  /** Most proximity pairs per query: with 4 term clauses per term, keeps every query under 1024 clauses. */
  static final int MAX_PROXIMITY_PAIRS = 64;

  private ArticleQueries() {}

  /**
   * The query built for a request, its ranked part alone (for highlighting), the second phase that rescores the
   * first phase's best hits (null for none; {@link Ranking#secondPhaseWindow()}) and the notes made on the way.
   */
  record Built(Query query, Query ranked, Query rescore, List<String> notes) {}

  /** A ranked query and its second phase (null for none). */
  record Ranked(Query query, Query rescore) {}

  /**
   * The query of {@code request}: each fuzzy word matching at most {@code fuzzyExpansions} terms; recency, when the
   * ranking has it, decaying from {@code recencyOrigin} (epoch seconds: the newest article of the index, so that an
   * archive's late articles are its recent ones).
   */
  static Built build(AnalysisChain chain, SearchRequest request, Ranking ranking, int fuzzyExpansions,
      long recencyOrigin) {
    List<String> notes = new ArrayList<>();
    String text = request.query();
    if (text.length() > WordQueries.MAX_QUERY_CHARS) {
      int cut = Character.isHighSurrogate(text.charAt(WordQueries.MAX_QUERY_CHARS - 1)) ? WordQueries.MAX_QUERY_CHARS - 1 : WordQueries.MAX_QUERY_CHARS;
      text = text.substring(0, cut);
      notes.add("query cut to its first " + WordQueries.MAX_QUERY_CHARS + " characters");
    }
    boolean requestFilters =
        !request.filters().isEmpty() || request.publishedFrom() != null || request.publishedTo() != null;
    Query ranked;
    Query rescore;
    ParsedQuery parsed = null;
    if (request.plainText()) {
      Ranked p = plain(chain, text, ranking, notes);
      ranked = p.query();
      rescore = p.rescore();
    } else {
      parsed = QueryLanguage.parse(text, request.zone());
      notes.addAll(parsed.notes());
      shortWildcards(parsed.text(), notes);
      boolean byDate = request.sort() != SearchRequest.Sort.RELEVANCE && parsed.text().indexOf('|') < 0;
      Ranked l = language(chain, parsed.text(), ranking, notes, fuzzyExpansions, byDate);
      ranked = l.query();
      rescore = l.rescore();
    }
    boolean anyFilter = requestFilters || (parsed != null && parsed.hasFilters());
    if (ranked instanceof MatchNoDocsQuery && !anyFilter && (parsed == null || parsed.malformed().isEmpty())) {
      notes.add(text.isBlank() ? "the query is empty: it matches nothing (give words, or filters alone)"
          : "the query has no searchable word (stop words such as و, في, من, punctuation and exclusions alone are"
              + " not searched): it matches nothing");
    }
    if (ranked instanceof MatchNoDocsQuery && (requestFilters || (parsed != null && parsed.hasFilters()))) {
      ranked = MatchAllDocsQuery.INSTANCE; // only filters: every article that passes them
    }
    Query query = filtered(ranked, parsed, request, notes);
    if (parsed != null && !parsed.malformed().isEmpty()) {
      // A filter that cannot be read narrows to nothing: searching without it would be wider than asked.
      query = new MatchNoDocsQuery("malformed filter: " + parsed.malformed());
    }
    return new Built(withRecency(query, ranking, recencyOrigin), ranked,
        query instanceof MatchNoDocsQuery ? null : rescore, notes);
  }

  /**
   * Notes the words with {@code *} or {@code ?} that have too few other letters to be a prefix or wildcard
   * ({@code *ا*}): the query parser reads them as plain words.
   */
  private static void shortWildcards(String text, List<String> notes) {
    for (String w : text.split("\\s+")) {
      String word = w.replaceAll("^[-+|(\"]+|[)\"]+$", "").replaceAll("(?<=[^*?])\\?+$", "");
      if (word.indexOf('*') < 0 && word.indexOf('?') < 0) {
        continue;
      }
      int literal = word.replace("*", "").replace("?", "").codePointCount(0, word.replace("*", "").replace("?", "").length());
      if (literal < FahrasQueryParser.MIN_PREFIX) {
        String note = word + ": a prefix or wildcard needs at least " + FahrasQueryParser.MIN_PREFIX
            + " letters besides * and ?, so it was read as a plain word";
        if (!notes.contains(note)) {
          notes.add(note);
        }
      }
    }
  }

  /**
   * {@code ranked} (e.g. a more-like-this query) with the request's filters and the ranking's recency, decaying from
   * {@code recencyOrigin}.
   */
  static Built around(Query ranked, SearchRequest request, Ranking ranking, long recencyOrigin) {
    List<String> notes = new ArrayList<>();
    ParsedQuery parsed = null;
    if (!request.query().isBlank()) {
      // the query's filters (source:, after:, ...) apply; its words do not choose the similar articles
      parsed = request.plainText() ? null : QueryLanguage.parse(request.query(), request.zone());
      if (parsed != null) {
        notes.addAll(parsed.notes());
      }
      String words = parsed == null ? request.query() : parsed.text();
      if (!words.isBlank()) {
        notes.add("the query's words (" + words.strip() + ") are not used to find similar articles"
            + (parsed != null && parsed.hasFilters() ? "; its filters are" : ""));
      }
    }
    Query query = filtered(ranked, parsed, request, notes);
    if (parsed != null && !parsed.malformed().isEmpty()) {
      query = new MatchNoDocsQuery("malformed filter: " + parsed.malformed());
    }
    return new Built(withRecency(query, ranking, recencyOrigin), ranked, null, notes);
  }

  /** The ranked query of plain text: every term of the text, stemmed and exact, and the proximity pairs. */
  static Ranked plain(AnalysisChain chain, String text, Ranking ranking, List<String> notes) {
    List<String> stemmed = termsOf(chain.stemmed(), Schema.TITLE, text, notes);
    List<String> exact = chain.hasExact() ? termsOf(chain.exact(), Schema.TITLE_EXACT, text, notes) : List.of();
    if (stemmed.isEmpty() && exact.isEmpty()) {
      return new Ranked(new MatchNoDocsQuery("no searchable terms"), null);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    WordQueries.addWord(b, stemmed, exact, ranking);
    java.util.Set<String> also = new java.util.LinkedHashSet<>();
    WordQueries.addVariants(b, chain, exact, ranking, also);
    if (!also.isEmpty()) {
      notes.add("also searched: " + String.join(", ", also));
    }
    Query pairs = ranking.secondPhaseWindow() == 0 ? proximity(stemmed, ranking) : null;
    if (pairs != null) {
      b.add(pairs, Occur.SHOULD);
    }
    return new Ranked(b.build(), secondPhase(stemmed, ranking));
  }

  /**
   * The second phase of a ranking with one ({@link Ranking#secondPhaseWindow()}): the proximity pairs of
   * {@code stemmed} and, when the fields apart are scored in the first phase, title and body as one text; null when
   * there is nothing to add.
   */
  static Query secondPhase(List<String> stemmed, Ranking ranking) {
    if (ranking.secondPhaseWindow() == 0) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (ranking.oneTextWeight() > 0 && !WordQueries.oneTextInFirstPhase(ranking)) {
      WordQueries.addOneText(b, stemmed, ranking);
      any = !stemmed.isEmpty();
    }
    Query pairs = proximity(stemmed, ranking);
    if (pairs != null) {
      b.add(pairs, Occur.SHOULD);
      any = true;
    }
    return any ? b.build() : null;
  }

  /**
   * The ranked query of the query language's text part; with {@code mostWords} (a search sorted by date), a query
   * that is a bag of words matches only the articles that hold most of them: {@link #mostWords}.
   */
  static Ranked language(AnalysisChain chain, String text, Ranking ranking, List<String> notes, int fuzzyExpansions,
      boolean mostWords) {
    Query parsed = new FahrasQueryParser(chain, ranking, notes, fuzzyExpansions).parseQuery(text);
    Ranked r = ranked(parsed, ranking);
    Query ranked = r.query();
    List<Query> bag = mostWords ? bagOfWords(parsed) : List.of();
    if (bag.size() < 2) {
      return r;
    }
    int n = bag.size();
    int m = mostWords(n);
    BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(m);
    for (Query w : bag) {
      most.add(w, Occur.SHOULD);
    }
    notes.add("sorted by date: only articles that hold " + (m == n ? "all " + n : m + " of the " + n)
        + " words (write | between words for any of them)");
    return new Ranked(new BooleanQuery.Builder().add(ranked, Occur.MUST).add(most.build(), Occur.FILTER).build(),
        r.rescore());
  }

  /**
   * How many of {@code n} words an article must hold when results are sorted by date (relevance no longer puts the
   * articles holding most words first): all of one or two words, three quarters of more, rounded down (as
   * Elasticsearch's {@code minimum_should_match: "2<75%"}).
   */
  static int mostWords(int n) {
    return n <= 2 ? n : n * 3 / 4;
  }

  /** The words of a query that is only words joined by the default operator; empty for any other shape. */
  private static List<Query> bagOfWords(Query parsed) {
    if (!(parsed instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0) {
      return List.of();
    }
    List<Query> words = new ArrayList<>();
    for (org.apache.lucene.search.BooleanClause c : bq.clauses()) {
      if (c.occur() != Occur.SHOULD || !(c.query() instanceof FahrasQueryParser.Word w)) {
        return List.of();
      }
      words.add(w.inner);
    }
    return words;
  }

  private static Ranked ranked(Query parsed, Ranking ranking) {
    List<String> stemmed = new ArrayList<>();
    Query q = normalize(parsed, false, stemmed);
    Query second = q instanceof MatchNoDocsQuery ? null : secondPhase(stemmed, ranking);
    Query pairs = ranking.secondPhaseWindow() == 0 ? proximity(stemmed, ranking) : null;
    if (pairs == null || !(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0) {
      return new Ranked(pairs == null || q instanceof MatchNoDocsQuery ? q
          : new BooleanQuery.Builder().add(q, Occur.MUST).add(pairs, Occur.SHOULD).build(), second);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    bq.clauses().forEach(b::add);
    return new Ranked(b.add(pairs, Occur.SHOULD).build(), second);
  }

  /**
   * Unwraps the parser's words (collecting the stemmed terms of those not excluded, in order), makes a negated
   * part exclude whatever the operator around it (SimpleQueryParser reads {@code a -b} as "a, or anything but b"),
   * and flattens nested disjunctions so that a query of words has the shape of a plain-text one.
   */
  private static Query normalize(Query q, boolean negated, List<String> stemmed) {
    if (q instanceof FahrasQueryParser.Word w) {
      if (!negated) {
        stemmed.addAll(w.stemmed);
      }
      return w.inner;
    }
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    boolean disjunction = bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD || c.occur() == Occur.MUST_NOT);
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    int positive = 0;
    for (BooleanClause c : bq.clauses()) {
      Query excluded = negationOf(c);
      if (excluded != null) {
        b.add(normalize(excluded, true, stemmed), Occur.MUST_NOT);
        continue;
      }
      Query child = normalize(c.query(), negated || c.occur() == Occur.MUST_NOT, stemmed);
      if (disjunction && c.occur() == Occur.SHOULD && child instanceof BooleanQuery cb
          && cb.getMinimumNumberShouldMatch() == 0
          && cb.clauses().stream().allMatch(x -> x.occur() == Occur.SHOULD)) {
        cb.clauses().forEach(b::add);
        positive += cb.clauses().size();
      } else {
        b.add(child, c.occur());
        positive += c.occur() == Occur.MUST_NOT ? 0 : 1;
      }
    }
    if (positive == 0) {
      b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST); // only exclusions: everything else
    }
    return b.build();
  }

  /** What a non-excluding clause excludes when it is SimpleQueryParser's negation ({@code *:* -x}), else null. */
  private static Query negationOf(BooleanClause c) {
    if (c.occur() == Occur.MUST_NOT || !(c.query() instanceof BooleanQuery bq) || bq.clauses().size() != 2) {
      return null;
    }
    Query excluded = null;
    boolean all = false;
    for (BooleanClause x : bq.clauses()) {
      if (x.occur() == Occur.MUST_NOT) {
        excluded = x.query();
      } else if (x.occur() == Occur.SHOULD && x.query() instanceof MatchAllDocsQuery) {
        all = true;
      }
    }
    return all ? excluded : null;
  }

  /**
   * Proximity pairs of consecutive stemmed query terms on the body (the sequential-dependence idea: words of a
   * query that stand together in a text say the text is about their combination), or null.
   */
  private static Query proximity(List<String> terms, Ranking ranking) {
    if (!ranking.proximity()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 0; i + 1 < terms.size() && n < MAX_PROXIMITY_PAIRS; i++) {
      if (!terms.get(i).equals(terms.get(i + 1))) {
        b.add(new BoostQuery(new PhraseQuery(ranking.proximitySlop(), Schema.BODY, terms.get(i), terms.get(i + 1)),
            ranking.proximityWeight()), Occur.SHOULD);
        n++;
      }
    }
    // Wrapped so that highlighting can leave it out: a pair would mark the words between its two terms.
    return n == 0 ? null : new ProximityQuery(b.build());
  }

  /** The analyzed terms of {@code text}, at most {@link #WordQueries.MAX_QUERY_TERMS} (a note says when cut). */
  private static List<String> termsOf(org.apache.lucene.analysis.Analyzer analyzer, String field, String text,
      List<String> notes) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> terms = Tokens.terms(analyzer, field, text, WordQueries.MAX_QUERY_TERMS + 1);
    if (terms.size() > WordQueries.MAX_QUERY_TERMS) {
      terms = terms.subList(0, WordQueries.MAX_QUERY_TERMS);
      String note = "query cut to its first " + WordQueries.MAX_QUERY_TERMS + " terms";
      if (!notes.contains(note)) {
        notes.add(note);
      }
    }
    return terms;
  }

  private static Query filtered(Query ranked, ParsedQuery q, SearchRequest r, List<String> notes) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    Map<String, List<String>> excluded = new LinkedHashMap<>();
    OffsetDateTime from = r.publishedFrom();
    OffsetDateTime to = r.publishedTo();
    if (q != null) {
      q.filters().forEach((k, v) -> filters.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      q.excludedFilters().forEach((k, v) -> excluded.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      from = latest(q.after(), from);
      to = earliest(q.before(), to);
    }
    r.filters().forEach((k, v) -> filters.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    if (filters.isEmpty() && excluded.isEmpty() && from == null && to == null) {
      return ranked;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(ranked, Occur.MUST);
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      b.add(anyOf(e.getKey(), e.getValue(), notes), Occur.FILTER);
    }
    for (Map.Entry<String, List<String>> e : excluded.entrySet()) {
      b.add(anyOf(e.getKey(), e.getValue(), notes), Occur.MUST_NOT);
    }
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochSecond();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochSecond() - 1;
      if (lo > hi) {
        notes.add("the date range is empty: no article can match");
      }
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    }
    return b.build();
  }

  private static Query anyOf(String field, List<String> values, List<String> notes) {
    String f = field.equals("tag") ? Schema.TAGS : field;
    if (values.size() > WordQueries.MAX_OPERATORS) {
      notes.add("only the first " + WordQueries.MAX_OPERATORS + " values of " + field + ": were used");
      values = values.subList(0, WordQueries.MAX_OPERATORS);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(f, Schema.keyword(v))), Occur.SHOULD);
    }
    return any.build();
  }

  private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
  }

  private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
  }

  static Query withRecency(Query query, Ranking ranking, long origin) {
    if (!ranking.recency()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongField.newDistanceFeatureQuery(Schema.PUBLISHED, ranking.recencyWeight(), origin,
            ranking.recencyPivotDays() * 24L * 3600), Occur.SHOULD)
        .build();
  }

  /** {@code query} without its proximity clauses (for highlighting: matched words, not the spans between them). */
  static Query withoutProximity(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      if (!(c.query() instanceof ProximityQuery)) {
        b.add(c.occur() == Occur.MUST_NOT ? c : new BooleanClause(withoutProximity(c.query()), c.occur()));
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
    public void visit(QueryVisitor visitor) {
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
}
