package org.fahras.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.analysis.AnalysisChain;
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
    Snippet[] out = new Snippet[docs.length];
    if (docs.length == 0) {
      return out;
    }
    // The highlight analyzer stacks exact and stemmed terms at one position, so stemmed terms, exact terms,
    // phrases and prefixes all find the word as written, with its original offsets.
    ObjectHighlighter hl = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, chain.highlight())
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
        ArticleQueries.withoutProximity(query), ids, new int[] {2, 1});
    Object[] body = fields.get(Schema.BODY);
    Object[] title = fields.get(Schema.TITLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = (Snippet) (body[i] != null ? body[i] : title[i]);
    }
    return out;
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
