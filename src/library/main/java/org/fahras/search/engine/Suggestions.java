package org.fahras.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.fahras.analysis.AnalysisChain;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.schema.Schema;

/** "Did you mean" and title autocompletion, from the index's own words. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The query with its misspelled words replaced by a close word of the index (Lucene's DirectSpellChecker over
   * the exact body), as articles write it; everything else — other words, stop words, phrases' quotes, operators,
   * filters, prefixes — stays as typed. Empty when no word needed or found a correction.
   *
   * <p>A word no article holds gets the closest word (fewest edits: letters added, dropped, replaced or swapped),
   * and among equally close words the one most articles hold: خاشوقجي gets خاشقجي (335 articles of ANT v2.1), not
   * خاشثقجي (one). A word a few articles hold ({@value #RARE} at most) gets a correction only when a word one letter
   * added, dropped or swapped away is held by {@value #FAR_MORE} times as many articles and searches something else
   * (another stem): اردغان (2) gets أردوغان (1,071). Replaced letters (القمل, العمل) and a letter added at either
   * end (اعتقالك, اعتقال: a clitic) are not enough for a word that articles do write, nor are words shorter than
   * {@value #MIN_RARE_LENGTH} letters.
   */
  static Optional<String> correction(IndexSearcher searcher, AnalysisChain chain, String query, boolean plainText)
      throws IOException {
    String text = query.length() > WordQueries.MAX_QUERY_CHARS
        ? query.substring(0, WordQueries.MAX_QUERY_CHARS) : query;
    List<int[]> skip = plainText ? List.of() : QueryLanguage.parse(text).fieldSpans();
    String field = Fields.wordFormFields(chain)[1]; // the body
    Analyzer analyzer = Fields.wordFormAnalyzer(chain);
    IndexReader reader = searcher.getIndexReader();
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    for (Tokens.Token t : Tokens.of(analyzer, field, text, WordQueries.MAX_QUERY_TERMS)) {
      if (inside(skip, t.start()) || (!plainText && operatorNextTo(text, t))) {
        continue;
      }
      String best = bestCorrection(checker, reader, chain, field, t.term());
      if (best != null) {
        out.append(text, copied, t.start()).append(surfaceForm(searcher, analyzer, field, best));
        copied = t.end();
        changed = true;
      }
    }
    return changed ? Optional.of(out.append(text.substring(copied)).toString()) : Optional.empty();
  }

  /** Most articles a word may be in and still get a correction (when a close word is far more frequent). */
  static final int RARE = 3;

  /** How many times more articles the close word of a rare word must be in for a correction. */
  static final int FAR_MORE = 200;

  /** Shortest rare word (chars) that gets a correction: short words have many legitimate close neighbours. */
  static final int MIN_RARE_LENGTH = 5;

  /** Candidates the spell checker returns for one word, ranked here by edits, then by frequency. */
  private static final int CANDIDATES = 20;

  /** The correction of the exact {@code term} ({@link #correction} says which), or null. */
  static String bestCorrection(DirectSpellChecker checker, IndexReader reader, AnalysisChain chain, String field,
      String term) throws IOException {
    int df = reader.docFreq(new Term(field, term));
    if (df > RARE || (df > 0 && term.length() < MIN_RARE_LENGTH)) {
      return null;
    }
    SuggestWord[] candidates = checker.suggestSimilar(new Term(field, term), CANDIDATES, reader,
        df == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR);
    SuggestWord best = null;
    int bestEdits = Integer.MAX_VALUE;
    for (SuggestWord c : candidates) { // in the checker's order (closest first), so ties keep its choice
      int edits = edits(term, c.string);
      if (df > 0 && !farMoreFrequentTypo(term, df, c, edits)) {
        continue;
      }
      if (edits < bestEdits || (edits == bestEdits && c.freq > best.freq)) {
        best = c;
        bestEdits = edits;
      }
    }
    if (best == null) {
      return null;
    }
    if (df > 0 && Tokens.terms(chain.stemmed(), Schema.BODY, term, 2)
        .equals(Tokens.terms(chain.stemmed(), Schema.BODY, best.string, 2))) {
      return null; // the search finds the same articles either way
    }
    return best.string;
  }

  /**
   * Whether {@code c} is what the rare {@code term} (in {@code df} articles) was meant to be: one letter added,
   * dropped (not at either end) or swapped away, and {@link #FAR_MORE} times as frequent.
   */
  private static boolean farMoreFrequentTypo(String term, int df, SuggestWord c, int edits) {
    if (edits != 1 || c.freq < (long) FAR_MORE * df) {
      return false;
    }
    return c.string.length() != term.length() ? !affixOf(c.string, term) : isSwap(term, c.string);
  }

  /** Whether {@code longer} is {@code shorter} with one letter added at its start or end (mostly a clitic). */
  private static boolean affixOf(String shorter, String longer) {
    if (longer.length() != shorter.length() + 1) {
      return shorter.length() == longer.length() + 1 && affixOf(longer, shorter);
    }
    return longer.startsWith(shorter) || longer.endsWith(shorter);
  }

  /** Whether {@code a} and {@code b} differ only by two neighbouring letters swapped. */
  private static boolean isSwap(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /**
   * The edits from {@code a} to {@code b}: letters added, dropped, replaced, and neighbouring letters swapped
   * (the optimal string alignment distance, the measure of Lucene's spell checker).
   */
  static int edits(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (at >= s[0] && at < s[1]) {
        return true;
      }
    }
    return false;
  }

  /** A prefix, wildcard or fuzzy word ({@code word*}, {@code w?rd}, {@code word~}) is not misspelled. */
  private static boolean operatorNextTo(String text, Tokens.Token t) {
    int end = t.end();
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      char c = text.charAt(end++);
      if (c == '*' || c == '?' || c == '~') {
        return true;
      }
    }
    int start = t.start();
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      char c = text.charAt(--start);
      if (c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * The word as an article writes it for the normalized {@code term} (المكتبة for المكتبه), so that a suggestion
   * reads as Arabic is written; the term itself when no article shows it within its first 64 KB.
   */
  static String surfaceForm(IndexSearcher searcher, Analyzer analyzer, String field, String term)
      throws IOException {
    String storedField = field.equals(Schema.BODY_EXACT) ? Schema.BODY : field;
    TopDocs top = searcher.search(new TermQuery(new Term(field, term)), 1);
    if (top.scoreDocs.length == 0) {
      return term;
    }
    String text = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(storedField)).get(storedField);
    if (text == null) {
      return term;
    }
    text = text.substring(0, Math.min(text.length(), 65_536));
    for (Tokens.Token t : Tokens.of(analyzer, field, text, Integer.MAX_VALUE)) {
      if (t.term().equals(term)) {
        return ArabicNormalizer.stripMarks(text.substring(t.start(), t.end()));
      }
    }
    return term;
  }

  /** Most titles {@link #autocomplete} returns. */
  static final int MAX_COMPLETIONS = 100;

  /** Proclitics the unfinished word may follow in a title: the article, and the article after و ب ف ك (لل for ل). */
  private static final List<String> ARTICLE_FORMS = List.of("ال", "وال", "بال", "فال", "كال", "لل", "ولل");

  /**
   * Words starting with {@code p}, or with {@code p} after the article ({@code مكتب} completes المكتبة and
   * والمكتبة): titles write most nouns with it.
   */
  private static Query wordStart(String field, String p) {
    if (p.startsWith("ال") || p.length() < 2 || !Character.isLetter(p.codePointAt(0))
        || Character.UnicodeScript.of(p.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
      return new PrefixQuery(new Term(field, p));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(new PrefixQuery(new Term(field, p)), Occur.SHOULD);
    for (String a : ARTICLE_FORMS) {
      any.add(new PrefixQuery(new Term(field, a + p)), Occur.SHOULD);
    }
    return new org.apache.lucene.search.ConstantScoreQuery(any.build());
  }

  /**
   * Titles that complete {@code prefix}: its finished words must appear in the title, its last word may be
   * unfinished. Normalized like every query, so أخب and اخب complete alike.
   */
  static List<String> autocomplete(IndexSearcher searcher, AnalysisChain chain, String prefix, int n)
      throws IOException {
    if (n < 0 || n > MAX_COMPLETIONS) {
      throw new IllegalArgumentException("autocomplete returns 0 to " + MAX_COMPLETIONS + " titles, not " + n);
    }
    if (n == 0) {
      return List.of();
    }
    String field = Fields.wordFormFields(chain)[0]; // the title
    Analyzer analyzer = Fields.wordFormAnalyzer(chain);
    String text = prefix.length() > WordQueries.MAX_QUERY_CHARS
        ? prefix.substring(0, WordQueries.MAX_QUERY_CHARS) : prefix;
    boolean endsWord = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    String[] words = text.strip().split("\\s+");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (int i = 0; i < words.length && clauses < WordQueries.MAX_OPERATORS; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (i == words.length - 1 && !endsWord) {
        BytesRef p = analyzer.normalize(field, words[i]);
        if (p.length > 0) {
          String maksura = FahrasQueryParser.withAlefMaksura(p.utf8ToString()); // the exact field's ى (ليلى)
          b.add(maksura == null ? wordStart(field, p.utf8ToString()) : new BooleanQuery.Builder()
              .add(wordStart(field, p.utf8ToString()), Occur.SHOULD)
              .add(wordStart(field, maksura), Occur.SHOULD).build(), Occur.MUST);
          clauses++;
        }
      } else {
        for (String t : Tokens.terms(analyzer, field, words[i], 4)) {
          b.add(new TermQuery(new Term(field, t)), Occur.MUST);
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(b.build(), n);
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
}
