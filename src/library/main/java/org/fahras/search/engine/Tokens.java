package org.fahras.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The one place that runs text through an analyzer and collects its tokens. */
final class Tokens {
  private Tokens() {}

  /** A token: its term and its offsets in the analyzed text. */
  record Token(String term, int start, int end) {}

  /** The terms of {@code text} as {@code analyzer} makes them for {@code field}, in order, at most {@code max}. */
  static List<String> terms(Analyzer analyzer, String field, String text, int max) {
    List<String> out = new ArrayList<>();
    for (Token t : of(analyzer, field, text, max)) {
      out.add(t.term());
    }
    return out;
  }

  /** The tokens of {@code text}, with offsets, in order, at most {@code max}. */
  static List<Token> of(Analyzer analyzer, String field, String text, int max) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (out.size() < max && ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }
}
