package org.fahras.variants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairs that {@link VariantDiscovery}'s rules confirm but that a reader judged two different words (تونس / تنص,
 * ماكرون / مقارنه, ميركل / ماركل, هولاند / هولندا, two verb forms such as وذكر / يذكر): the resource
 * {@code reviewed-different.tsv}, written by reading every pair of the bundled table. The evidence of contexts and
 * sources cannot tell a name from a frequent word of the same house-style skeleton; a reader can, once, and no
 * table built afterwards pairs them again.
 */
final class ReviewedPairs {
  static final String RESOURCE = "reviewed-different.tsv";

  private ReviewedPairs() {}

  /** The bundled list, keyed by {@link #key}: the two words in string order, separated by a tab. */
  static Map<String, String> bundled() {
    return Loaded.PAIRS;
  }

  /**
   * Why {@code a} and {@code b} (exact representation) were judged two words in {@code pairs} (a map of
   * {@link #bundled} or {@link #read}), or null when they were not.
   */
  static String different(Map<String, String> pairs, String a, String b) {
    return pairs.isEmpty() ? null : pairs.get(key(a, b));
  }

  static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
  }

  private static final class Loaded {
    static final Map<String, String> PAIRS = load();
  }

  static Map<String, String> read(InputStream in, String name) throws IOException {
    Map<String, String> out = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[0].equals(f[1])) {
        throw new IOException(name + ":" + lineNo + ": expected word<TAB>other word<TAB>why, got \"" + line + "\"");
      }
      if (out.put(key(f[0], f[1]), f[2]) != null) {
        throw new IOException(name + ":" + lineNo + ": " + f[0] + " / " + f[1] + " is listed twice");
      }
    }
    return out;
  }

  private static Map<String, String> load() {
    try (InputStream in = ReviewedPairs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("org/fahras/variants/" + RESOURCE + " is missing from the jar");
      }
      return Map.copyOf(read(in, "org/fahras/variants/" + RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
