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
   * The query with its misspelled words replaced by the closest word of the index (Lucene's DirectSpellChecker
   * over the exact body), as articles write it; everything else — other words, stop words, phrases' quotes,
   * operators, filters, prefixes — stays as typed. Empty when no word needed or found a correction.
   */
  static Optional<String> correction(IndexSearcher searcher, AnalysisChain chain, String query, boolean plainText)
      throws IOException {
    String text = query.length() > ArticleQueries.MAX_QUERY_CHARS
        ? query.substring(0, ArticleQueries.MAX_QUERY_CHARS) : query;
    List<int[]> skip = plainText ? List.of() : QueryLanguage.parse(text).fieldSpans();
    String field = Fields.wordFormFields(chain)[1]; // the body
    Analyzer analyzer = Fields.wordFormAnalyzer(chain);
    IndexReader reader = searcher.getIndexReader();
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    for (Tokens.Token t : Tokens.of(analyzer, field, text, ArticleQueries.MAX_QUERY_TERMS)) {
      if (inside(skip, t.start()) || (!plainText && operatorNextTo(text, t))
          || reader.docFreq(new Term(field, t.term())) > 0) {
        continue;
      }
      SuggestWord[] s = checker.suggestSimilar(new Term(field, t.term()), 1, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length > 0) {
        out.append(text, copied, t.start()).append(surfaceForm(searcher, analyzer, field, s[0].string));
        copied = t.end();
        changed = true;
      }
    }
    return changed ? Optional.of(out.append(text.substring(copied)).toString()) : Optional.empty();
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
    String text = prefix.length() > ArticleQueries.MAX_QUERY_CHARS
        ? prefix.substring(0, ArticleQueries.MAX_QUERY_CHARS) : prefix;
    boolean endsWord = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    String[] words = text.strip().split("\\s+");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (int i = 0; i < words.length && clauses < ArticleQueries.MAX_OPERATORS; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (i == words.length - 1 && !endsWord) {
        BytesRef p = analyzer.normalize(field, words[i]);
        if (p.length > 0) {
          b.add(wordStart(field, p.utf8ToString()), Occur.MUST);
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
