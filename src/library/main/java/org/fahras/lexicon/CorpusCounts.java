package org.fahras.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.FahrasAnalyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.fahras.analysis.LexiconBuilder;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Occurrences of each normalized form (fahras's char filter, tokenizer and normalization, no stopwords removed) in
 * corpora: the statistics {@link LexiconBuilder} builds the stemmer's lexicon from ({@code bin/fahras lexicon
 * build}). Internal: this package is not exported by the module.
 */
public final class CorpusCounts {
  private CorpusCounts() {}

  /**
   * What {@link #count} found: occurrences of each normalized form, and, for forms in ا, how many of them were
   * written with the tanween mark on that ا (ـًا or ـاً).
   *
   * @param forms occurrences of each normalized form
   * @param withTanween for forms in ا, occurrences written with the tanween mark
   */
  public record Counts(Map<String, Integer> forms, Map<String, Integer> withTanween) {
    /** The lexicon's text built from these counts ({@link LexiconBuilder#build}). */
    public String lexicon() {
      return LexiconBuilder.build(forms, withTanween);
    }
  }

  /**
   * Counts the forms of every title, summary and body in {@code paths}. Records the reader rejects (ANT v1.1 has
   * dates without an offset) are left out and go to {@code rejected}.
   */
  public static Counts count(List<Path> paths, List<Rejection> rejected) throws IOException {
    Counts counts = new Counts(new HashMap<>(1 << 20), new HashMap<>());
    try (Analyzer analyzer = FahrasAnalyzer.builder().counting(TanweenMark::new).build()) {
      ArticleReader.read(paths, new ArticleReader.Handler() {
        @Override
        public void article(Article a, String file, long line) throws IOException {
          for (String text : new String[] {a.title(), a.summary(), a.body()}) {
            if (text != null) {
              add(analyzer, text, counts);
            }
          }
        }

        @Override
        public void rejected(Rejection r) {
          rejected.add(r);
        }
      });
    }
    return counts;
  }

  private static void add(Analyzer analyzer, String text, Counts counts) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          String form = term.toString();
          counts.forms().merge(form, 1, Integer::sum);
          if ((flags.getFlags() & TanweenMark.FLAG) != 0) {
            counts.withTanween().merge(form, 1, Integer::sum);
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flags a term that ends in the tanween mark on an alef (ـًا or ـاً), before normalization removes the mark. */
  private static final class TanweenMark extends TokenFilter {
    static final int FLAG = 1;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

    TanweenMark(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] b = term.buffer();
      int n = term.length();
      boolean marked = n > 2 && ((b[n - 1] == '\u064B' && b[n - 2] == '\u0627')
          || (b[n - 1] == '\u0627' && b[n - 2] == '\u064B'));
      flags.setFlags(marked ? FLAG : 0);
      return true;
    }
  }
}
