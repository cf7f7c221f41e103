package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;

/** The built-in word lists, normalized as they load so that they match normalized terms. */
final class WordLists {
  private static final CharArraySet STOPWORDS = load("stopwords.txt");
  private static final CharArraySet STOPWORDS_WITH_ALEF_MAKSURA = load("stopwords-alef-maksura.txt");
  private static final CharArraySet PROTECTED = load("protected.txt");
  private static final CharArraySet NAMES_WITH_ALEF_MAKSURA = load("names-alef-maksura.txt");

  private WordLists() {}

  static CharArraySet stopwords() {
    return STOPWORDS;
  }

  /** Stopwords only as written with a final ى (على, وعلى, فعلى), normalized (علي …). */
  static CharArraySet stopwordsWithAlefMaksura() {
    return STOPWORDS_WITH_ALEF_MAKSURA;
  }

  /** Names that keep their final ى when written with it (ليلى, هدى), normalized (ليلي, هدي …). */
  static CharArraySet namesWithAlefMaksura() {
    return NAMES_WITH_ALEF_MAKSURA;
  }

  static CharArraySet protectedWords() {
    return PROTECTED;
  }

  private static CharArraySet load(String name) {
    CharArraySet set = new CharArraySet(256, false);
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " missing from the fahras jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          set.add(ArabicNormalizer.normalize(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
