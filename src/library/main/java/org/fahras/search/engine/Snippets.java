package org.fahras.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;

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

  /** One snippet per doc (body, else title), or null where neither matched. */
  static String[] of(IndexSearcher searcher, AnalysisChain chain, Query query, ScoreDoc[] docs, boolean raw)
      throws IOException {
    String[] out = new String[docs.length];
    if (docs.length == 0) {
      return out;
    }
    // The highlight analyzer stacks exact and stemmed terms at one position, so stemmed terms, exact terms,
    // phrases and prefixes all find the word as written, with its original offsets.
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, chain.highlight())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", !raw))
        .withFieldMatcher(f -> true)
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .build();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, String[]> fields = hl.highlightFields(new String[] {Schema.BODY, Schema.TITLE},
        ArticleQueries.withoutProximity(query), ids, new int[] {2, 1});
    String[] body = fields.get(Schema.BODY);
    String[] title = fields.get(Schema.TITLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = body[i] != null ? body[i] : title[i];
    }
    return out;
  }
}
