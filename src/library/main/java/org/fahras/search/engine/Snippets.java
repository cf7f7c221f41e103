package org.fahras.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.analysis.AnalysisChain;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.schema.Schema;
import org.fahras.search.SnippetPart;

/**
 * Highlighted snippets (Lucene's UnifiedHighlighter): matches in {@code <mark>…</mark>}, the text around them
 * HTML-escaped unless raw text is asked for (as Elasticsearch's highlighter {@code encoder: html} does).
 */
final class Snippets {
  /** Longest stored text the highlighter reads for one snippet: a 10 MB body is highlighted in its first 1 MB. */
  static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  /** Target length of one snippet passage, in chars. */
  static final int SNIPPET_CHARS = 160;

  private Snippets() {}

  /** A snippet: the HTML (or raw) string of {@link DefaultPassageFormatter}, and its pieces as the text writes them. */
  record Snippet(String text, List<SnippetPart> parts) {}

  /** One snippet per doc (body, else title), or null where neither matched. */
  static Snippet[] of(IndexSearcher searcher, AnalysisChain chain, Query query, ScoreDoc[] docs, boolean raw)
      throws IOException {
    Query highlighted = ArticleQueries.withoutProximity(query);
    Analyzer analyzer = analyzer(chain, highlighted);
    try {
      return of(searcher, analyzer, highlighted, docs, raw);
    } finally {
      if (analyzer != chain.highlight() && analyzer != chain.stemmed()) {
        analyzer.close(); // made for this query
      }
    }
  }

  /**
   * The analyzer the stored text is read with to highlight {@code highlighted}. The highlight analyzer stacks exact
   * and stemmed terms at one position, so stemmed terms, exact terms, phrases and prefixes all find the word as
   * written, with its original offsets. A query of words whose stems cover its exact terms ({@link
   * #stemsCoverExact}) needs the stemmed terms only: each word the stacked terms would mark, its stem marks, at half
   * the terms to analyze and hold (the re-analysis was 57 % of a highlighted search, JFR); and only the words that
   * can stem to one of the query's stems need stemming ({@link FahrasAnalyzer#stemmingOnlyTo}: a new analyzer, which
   * the caller closes).
   */
  static Analyzer analyzer(AnalysisChain chain, Query highlighted) {
    if (!wordsOnly(highlighted)) {
      return chain.highlight();
    }
    Set<String> stems = new HashSet<>();
    Set<String> exact = new HashSet<>();
    termsOf(highlighted, stems, exact);
    if (!stemsCoverExact(stems, exact, chain.stemmed())) {
      return chain.highlight();
    }
    return chain.stemmed() instanceof FahrasAnalyzer fahras ? fahras.stemmingOnlyTo(stems) : chain.stemmed();
  }

  /** Snippets as {@link #of(IndexSearcher, AnalysisChain, Query, ScoreDoc[], boolean)}, read by {@code analyzer}. */
  static Snippet[] of(IndexSearcher searcher, Analyzer analyzer, Query highlighted, ScoreDoc[] docs, boolean raw)
      throws IOException {
    Snippet[] out = new Snippet[docs.length];
    if (docs.length == 0) {
      return out;
    }
    ObjectHighlighter hl = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new PartsFormatter(!raw))
        .withFieldMatcher(f -> true)
        .withMaxLength(MAX_HIGHLIGHT_CHARS));
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, Object[]> fields = hl.highlightFieldsAsObjects(new String[] {Schema.BODY, Schema.TITLE},
        highlighted, ids, new int[] {2, 1});
    Object[] body = fields.get(Schema.BODY);
    Object[] title = fields.get(Schema.TITLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = (Snippet) (body[i] != null ? body[i] : title[i]);
    }
    return out;
  }

  /**
   * Whether {@code q} is made of term queries on the stemmed and exact fields alone (in boolean and boost queries):
   * no phrase, prefix, wildcard or fuzzy word, which need the exact terms as written.
   */
  static boolean wordsOnly(Query q) {
    if (q instanceof TermQuery t) {
      return Fields.isText(t.getTerm().field());
    }
    if (q instanceof BoostQuery b) {
      return wordsOnly(b.getQuery());
    }
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (!wordsOnly(c.query())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The terms of {@code q}: in the exact fields into {@code exact}, the others into {@code stems}. */
  static void termsOf(Query q, Set<String> stems, Set<String> exact) {
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          (Fields.isExact(t.field()) ? exact : stems).add(t.text());
        }
      }
    });
  }

  /**
   * Whether every word of a text whose exact form is one of {@code exact} (a query's exact terms) has a stem among
   * {@code stems} (its stemmed terms). The stem of a written word depends on its normalized form and on how its
   * last letter was written: عملة and عمله are one exact form (عمله) with two stems (عمله, a word kept in ة, and
   * عمل + the pronoun), and a word written ى whose stem does not keep it (المسيحى) has the exact form of its letters
   * in ي, so each exact term is stemmed as written with ي or ى, ه or ة. Where one of those stems is not searched, a
   * word found by its exact form alone would not be marked by its stem.
   */
  static boolean stemsCoverExact(Set<String> stems, Set<String> exact, Analyzer stemmed) {
    for (String e : exact) {
      List<String> written = new ArrayList<>(List.of(e));
      char last = e.isEmpty() ? 0 : e.charAt(e.length() - 1);
      if (last == 'ي') {
        written.add(e.substring(0, e.length() - 1) + 'ى');
      } else if (last == 'ه') {
        written.add(e.substring(0, e.length() - 1) + 'ة');
      }
      for (String w : written) {
        List<String> t = Tokens.terms(stemmed, Schema.BODY, w, 2);
        if (t.size() > 1 || (t.size() == 1 && !stems.contains(t.get(0)))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Formats passages twice from one reading: the string as Lucene's {@link DefaultPassageFormatter} writes it (the
   * API's {@code snippet()}), and the same pieces unescaped, for callers that lay them out themselves.
   */
  private static final class PartsFormatter extends PassageFormatter {
    private final DefaultPassageFormatter html;

    PartsFormatter(boolean escape) {
      this.html = new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, escape);
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<SnippetPart> parts = new ArrayList<>();
      int pos = 0;
      // the walk of DefaultPassageFormatter.format: ellipses, overlapping matches joined, matches cut at the passage
      for (Passage passage : passages) {
        if (passage.getStartOffset() > pos && pos > 0) {
          parts.add(new SnippetPart(ELLIPSIS, false));
        }
        pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          text(parts, content, pos, start);
          int end = passage.getMatchEnds()[i];
          while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
            end = Math.max(end, passage.getMatchEnds()[++i]);
          }
          end = Math.min(end, passage.getEndOffset());
          parts.add(new SnippetPart(content.substring(start, end), true));
          pos = end;
        }
        text(parts, content, pos, Math.max(pos, passage.getEndOffset()));
        pos = passage.getEndOffset();
      }
      return new Snippet((String) html.format(passages, content), List.copyOf(parts));
    }

    private static void text(List<SnippetPart> parts, String content, int from, int to) {
      if (to > from) {
        parts.add(new SnippetPart(content.substring(from, to), false));
      }
    }
  }

  /** The highlighter, with its formatter's objects (Lucene keeps that method for subclasses). */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docIds,
        int[] maxPassages) throws IOException {
      return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }

  /** What separates two passages of one snippet. */
  static final String ELLIPSIS = " … ";
}
