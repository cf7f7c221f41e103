package org.fahras.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A quoted phrase in the exact words, its first word also with the proclitics Arabic writes on it: "البيت الأبيض"
 * finds للبيت الأبيض, والبيت الأبيض and بالبيت الأبيض (77 ANT articles write it only so), and still not البيوت
 * البيضاء, since no suffix is stripped and no other word changes. Only the first word: inside a phrase a
 * proclitic و is a conjunction between two things ("البيت والأبيض" is not the White House).
 */
final class ProcliticPhrases {
  /** Conjunctions and prepositions written on a word without the article. */
  private static final String[] BARE = {"و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"};
  /** Proclitics before the article ال (ل + ال is written لل, as is و + ل + ال: ولل). */
  private static final String[] ON_ARTICLE = {"و", "ف", "ب", "ك", "وب", "وك", "فب", "فك"};

  private ProcliticPhrases() {}

  /**
   * The phrase {@code text} in {@code field}, analyzed by {@code exact} (the unstemmed representation), with the
   * proclitic forms of its first word; null when no searchable word remains.
   */
  static Query phrase(Analyzer exact, String field, String text, int slop) {
    List<String> words = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = exact.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        words.add(term.toString());
        positions.add(pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does not do I/O
    }
    if (words.isEmpty()) {
      return null;
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(slop);
    int first = positions.get(0);
    for (int i = 0; i < words.size(); i++) {
      List<String> forms = i == 0 ? withProclitics(words.get(0)) : List.of(words.get(i));
      Term[] terms = new Term[forms.size()];
      for (int j = 0; j < terms.length; j++) {
        terms[j] = new Term(field, forms.get(j));
      }
      b.add(terms, positions.get(i) - first);
    }
    return b.build();
  }

  /** {@code word} and its forms with a conjunction and/or a preposition written on it. */
  static List<String> withProclitics(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    if (word.startsWith("ال") && word.length() > 2) {
      for (String p : ON_ARTICLE) {
        out.add(p + word);
      }
      String noun = word.substring(2);
      for (String p : new String[] {"لل", "ولل", "فلل"}) {
        out.add(p + noun);
      }
    } else if (Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.ARABIC) {
      for (String p : BARE) {
        out.add(p + word);
      }
    }
    return List.copyOf(out);
  }
}
