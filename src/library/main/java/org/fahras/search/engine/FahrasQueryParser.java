package org.fahras.search.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import org.fahras.search.Ranking;

/**
 * Lucene's {@link SimpleQueryParser} (operators {@code + | - " * ~N ( ) \}) with fahras's hooks: a word is
 * searched in its stemmed and exact forms (and its variant spellings), a phrase in the exact words, a prefix or
 * wildcard normalized like full terms, a fuzzy word on the exact words. One instance per query (it collects the
 * query's notes); not thread-safe.
 */
final class FahrasQueryParser extends SimpleQueryParser {
  /** Shortest prefix before a {@code *} (code points); shorter ones are searched as words. */
  static final int MIN_PREFIX = 2;

  /** Most terms one fuzzy word matches unless a search has to narrow it (Lucene's default). */
  static final int FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;


  private static final int FLAGS = AND_OPERATOR | NOT_OPERATOR | OR_OPERATOR | PREFIX_OPERATOR | PHRASE_OPERATOR
      | PRECEDENCE_OPERATORS | ESCAPE_OPERATOR | WHITESPACE_OPERATOR | FUZZY_OPERATOR | NEAR_OPERATOR;

  private final AnalysisChain chain;
  private final Ranking ranking;
  private final List<String> notes;
  private final Set<String> alsoSearched = new LinkedHashSet<>();
  private int terms;
  private int phrases;
  private int prefixes;
  private int wildcards;
  private int fuzzy;
  private final int fuzzyExpansions;

  /** A parser whose fuzzy words match at most {@code fuzzyExpansions} terms each (the closest ones). */
  FahrasQueryParser(AnalysisChain chain, Ranking ranking, List<String> notes, int fuzzyExpansions) {
    super(Fields.wordFormAnalyzer(chain), Map.of(Fields.wordFormFields(chain)[0], 1f,
        Fields.wordFormFields(chain)[1], 1f), FLAGS);
    this.chain = chain;
    this.ranking = ranking;
    this.notes = notes;
    this.fuzzyExpansions = fuzzyExpansions;
  }

  /** The parsed query (words still wrapped in {@link Word}), or a {@code MatchNoDocsQuery} when nothing is left. */
  Query parseQuery(String text) {
    Query q = parse(text);
    if (!alsoSearched.isEmpty()) {
      notes.add("also searched: " + String.join(", ", alsoSearched));
    }
    return q;
  }

  @Override
  protected Query newDefaultQuery(String token) {
    return word(token);
  }

  @Override
  protected Query newPrefixQuery(String token) {
    return word(token + "*");
  }

  @Override
  protected Query newFuzzyQuery(String token, int distance) {
    if (!allowed(++fuzzy, "fuzzy words")) {
      return null;
    }
    return inWordFormFields(token, t -> new FuzzyQuery(t, distance, 0, fuzzyExpansions, true));
  }

  @Override
  protected Query newPhraseQuery(String text, int slop) {
    if (!allowed(++phrases, "phrases")) {
      return null;
    }
    return phrase(chain, text, slop);
  }

  /**
   * The phrase in the exact title or body, its first word also with proclitics ({@link ProcliticPhrases}), or null
   * when it has no searchable word. A chain without exact fields (stock) searches its stemmed fields.
   */
  static Query phrase(AnalysisChain chain, String text, int slop) {
    QueryBuilder qb = new QueryBuilder(Fields.wordFormAnalyzer(chain));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String f : Fields.wordFormFields(chain)) {
      Query p = chain.hasExact() ? ProcliticPhrases.phrase(chain.exact(), f, text, slop)
          : qb.createPhraseQuery(f, text, slop);
      if (p != null) {
        any.add(p, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : any.build();
  }

  /** One whitespace-separated word: a prefix, a wildcard or a word to rank. */
  private Query word(String token) {
    if (token.endsWith("*")) {
      String p = stripTrailing(token, '*');
      if (p.codePointCount(0, p.length()) >= MIN_PREFIX && p.indexOf('*') < 0 && p.indexOf('?') < 0) {
        return allowed(++prefixes, "prefixes") ? prefix(p) : null;
      }
    }
    // a ? that ends a word is punctuation (Macron?), not a wildcard
    String pattern = stripTrailing(token, '?');
    if ((pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0) && literalChars(pattern) >= MIN_PREFIX) {
      return allowed(++wildcards, "wildcards") ? wildcard(pattern) : null;
    }
    return rankedWord(token);
  }

  private Query prefix(String p) {
    return inWordFormFields(p, PrefixQuery::new);
  }

  private Query wildcard(String pattern) {
    try {
      // the normalization of full terms; ? and * pass through it unchanged
      return inWordFormFields(pattern, WildcardQuery::new);
    } catch (RuntimeException e) { // TooComplexToDeterminizeException: a pattern too costly to match
      note("wildcard " + pattern + " is too complex and was left out");
      return null;
    }
  }

  /**
   * {@code text}, normalized as full terms are, made into a query by {@code make} in each word-form field (the exact
   * fields, or the stemmed ones of a chain without), any of them matching; null when it normalizes to nothing.
   */
  private Query inWordFormFields(String text, Function<Term, Query> make) {
    Analyzer a = Fields.wordFormAnalyzer(chain);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String f : Fields.wordFormFields(chain)) {
      BytesRef normalized = a.normalize(f, text);
      if (normalized.length > 0) {
        any.add(make.apply(new Term(f, normalized)), Occur.SHOULD);
        n++;
        // normalization folds ى, which the exact fields keep where the stem does (ليلى*, المستشفى*)
        String maksura = withAlefMaksura(normalized.utf8ToString());
        if (maksura != null) {
          any.add(make.apply(new Term(f, maksura)), Occur.SHOULD);
        }
      }
    }
    return n == 0 ? null : any.build();
  }

  /**
   * {@code normalized} with its last ي that ends a word (before the end or a wildcard) written ى, as an exact field
   * may hold it; null when it has none.
   */
  static String withAlefMaksura(String normalized) {
    for (int i = normalized.length() - 1; i >= 0; i--) {
      char c = normalized.charAt(i);
      if (c == 'ي') {
        char[] chars = normalized.toCharArray();
        chars[i] = 'ى';
        return new String(chars);
      }
      if (c != '*' && c != '?') {
        return null;
      }
    }
    return null;
  }

  /** The word's stemmed and exact terms (and variants) in title and body, marked as a {@link Word}. */
  private Query rankedWord(String token) {
    List<String> stemmed = Tokens.terms(chain.stemmed(), Schema.TITLE, token, WordQueries.MAX_QUERY_TERMS);
    List<String> exact = chain.hasExact()
        ? Tokens.terms(chain.exact(), Schema.TITLE_EXACT, token, WordQueries.MAX_QUERY_TERMS)
        : List.of();
    if (stemmed.isEmpty() && exact.isEmpty()) {
      return null; // stop words only
    }
    terms += Math.max(stemmed.size(), exact.size());
    if (terms > WordQueries.MAX_QUERY_TERMS) {
      note("query cut to its first " + WordQueries.MAX_QUERY_TERMS + " terms");
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    WordQueries.addWord(b, stemmed, exact, ranking);
    WordQueries.addVariants(b, chain, exact, ranking, alsoSearched);
    return new Word(b.build(), stemmed);
  }

  private boolean allowed(int count, String what) {
    if (count <= WordQueries.MAX_OPERATORS) {
      return true;
    }
    note("only the first " + WordQueries.MAX_OPERATORS + " " + what + " were used");
    return false;
  }

  private void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  private static String stripTrailing(String word, char c) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == c) {
      end--;
    }
    return word.substring(0, end);
  }

  private static int literalChars(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '*' && c != '?') {
        n++;
      }
    }
    return n;
  }

  /**
   * Marks one ranked word of the parsed query, with its stemmed terms (for the second phase), until
   * the query builder unwraps it; matches and scores as the query it wraps.
   */
  static final class Word extends Query {
    final Query inner;
    final List<String> stemmed;

    Word(Query inner, List<String> stemmed) {
      this.inner = inner;
      this.stemmed = new ArrayList<>(stemmed);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
      return inner;
    }

    @Override
    public void visit(QueryVisitor visitor) {
      inner.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
      return inner.toString(field);
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o) && inner.equals(((Word) o).inner);
    }

    @Override
    public int hashCode() {
      return classHash() * 31 + inner.hashCode();
    }
  }
}
