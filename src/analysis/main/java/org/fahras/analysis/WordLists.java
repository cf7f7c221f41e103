package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;

/** The built-in word lists, normalized as they load so that they match normalized terms. */
final class WordLists {
  private static final CharArraySet STOPWORDS = load("stopwords.txt");
  private static final CharArraySet STOPWORDS_WITH_ALEF_MAKSURA = load("stopwords-alef-maksura.txt");
  private static final CharArraySet PROTECTED = load("protected.txt");
  private static final CharArraySet NAMES_WITH_ALEF_MAKSURA = load("names-alef-maksura.txt");
  private static final CharArraySet KEPT_ENDINGS = load("kept-endings.txt", false);
  private static final CharArraySet KEPT_ALEF_MAKSURA = load("kept-endings.txt", true);
  private static final CharArraySet MOSTLY_ALEF_MAKSURA = mostlyAlefMaksura("kept-endings.txt");

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

  /**
   * Stems that keep the ending ة (as ه) or ي, because the word with it and the word without are two words (عمله:
   * عملة is not عمل; حريري is not حرير): the first column of {@code kept-endings.txt}, built by {@code fahras lexicon
   * endings}.
   */
  static CharArraySet keptEndings() {
    return KEPT_ENDINGS;
  }

  /**
   * Words that keep their final ى when written with it, because they are other words than the stem without it or
   * the word in ي (قتلى: not قتل; القوى: not قوي): the lines of {@code kept-endings.txt} whose first column ends in
   * ى, normalized (قتلي).
   */
  static CharArraySet keptAlefMaksura() {
    return KEPT_ALEF_MAKSURA;
  }

  /**
   * Words of {@link #keptAlefMaksura} written ى more than {@link ArabicLightStemmer#MOSTLY_MAKSURA} times as often
   * as ي (the fifth and sixth columns: مستوى, مستشفى), normalized: written ي, or in a plural in يات, they are that
   * word (المستشفي, مستويات → مستوى).
   */
  static CharArraySet mostlyAlefMaksura() {
    return MOSTLY_ALEF_MAKSURA;
  }

  static CharArraySet protectedWords() {
    return PROTECTED;
  }

  private static CharArraySet mostlyAlefMaksura(String name) {
    return select(name, f -> f.length >= 6 && f[0].endsWith("\u0649")
        && Long.parseLong(f[5]) * ArabicLightStemmer.MOSTLY_MAKSURA < Long.parseLong(f[4]));
  }

  private static CharArraySet load(String name) {
    return load(name, null);
  }

  /**
   * The first column of each line of {@code name}; with {@code alefMaksura} non-null, only the entries that end in ى
   * (true) or only the others (false).
   */
  private static CharArraySet load(String name, Boolean alefMaksura) {
    return select(name, f -> alefMaksura == null || alefMaksura == f[0].endsWith("\u0649"));
  }

  /** The first column, normalized, of each line of {@code name} (not a comment) whose tab-separated fields pass. */
  private static CharArraySet select(String name, Predicate<String[]> keep) {
    CharArraySet set = new CharArraySet(256, false);
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " missing from the fahras jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        f[0] = f[0].strip();
        if (!f[0].isEmpty() && !f[0].startsWith("#") && keep.test(f)) {
          set.add(ArabicNormalizer.normalize(f[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
