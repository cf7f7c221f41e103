package org.fahras.variants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spelling variants of names and loanwords (ترامب / ترمب, غوغل / جوجل): pairs of words confirmed by
 * {@link VariantDiscovery} as the same name, and the groups they form. Words are in the exact representation of
 * the fahras chain (normalized, unstemmed: {@code bin/fahras analyze --exact}). Immutable and thread-safe.
 *
 * <p>File format (UTF-8 text, what {@link #write} writes and {@link #read} reads): a first line
 * {@code # fahras variants 1}, further {@code #} comment lines, then one confirmed pair per line,
 * {@code word<TAB>variant<TAB>confidence}, confidence in (0, 1].
 */
public final class VariantTable {
  /** First line of a table file. */
  static final String HEADER = "# fahras variants 1";

  /** Groups larger than this are not closed transitively (a chain of pairs drifting away): direct pairs only. */
  static final int MAX_GROUP = 8;

  private static final String BUNDLED = "news.tsv";
  private static volatile VariantTable bundled;

  /** One confirmed pair, {@code a} before {@code b} in string order. */
  record Pair(String a, String b, double confidence) {
    Pair {
      if (a.equals(b)) {
        throw new IllegalArgumentException("a word is not its own variant: " + a);
      }
      if (!(confidence > 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence of " + a + "/" + b + " must be in (0, 1], not " + confidence);
      }
      if (a.compareTo(b) > 0) {
        String t = a;
        a = b;
        b = t;
      }
    }
  }

  private final List<Pair> pairs;
  private final Map<String, List<String>> variants;
  private final Map<String, Integer> group;
  private final List<String> comments;
  private final Map<String, Map<String, Double>> direct;

  VariantTable(List<Pair> pairs, List<String> comments) {
    Map<String, Pair> unique = new LinkedHashMap<>();
    for (Pair p : pairs) {
      unique.merge(p.a() + '\t' + p.b(), p, (x, y) -> x.confidence() >= y.confidence() ? x : y);
    }
    List<Pair> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
    this.pairs = List.copyOf(sorted);
    this.comments = List.copyOf(comments);
    // direct pairs, best first
    Map<String, Map<String, Double>> direct = new HashMap<>();
    for (Pair p : this.pairs) {
      direct.computeIfAbsent(p.a(), k -> new HashMap<>()).put(p.b(), p.confidence());
      direct.computeIfAbsent(p.b(), k -> new HashMap<>()).put(p.a(), p.confidence());
    }
    // groups: connected components of the pairs
    Map<String, String> parent = new HashMap<>();
    for (Pair p : this.pairs) {
      union(parent, p.a(), p.b());
    }
    Map<String, List<String>> members = new HashMap<>();
    for (String w : direct.keySet()) {
      members.computeIfAbsent(find(parent, w), k -> new ArrayList<>()).add(w);
    }
    List<String> roots = new ArrayList<>(members.keySet());
    Collections.sort(roots);
    Map<String, Integer> groupIds = new HashMap<>();
    Map<String, List<String>> vs = new HashMap<>();
    int id = 0;
    for (String root : roots) {
      List<String> m = members.get(root);
      Collections.sort(m);
      for (String w : m) {
        groupIds.put(w, id);
        Map<String, Double> d = direct.get(w);
        List<String> list = new ArrayList<>(d.keySet());
        list.sort(Comparator.comparing((String v) -> -d.get(v)).thenComparing(v -> v));
        if (m.size() <= MAX_GROUP) {
          // the rest of the group after the direct pairs (confirmed through another member)
          for (String v : m) {
            if (!v.equals(w) && !d.containsKey(v)) {
              list.add(v);
            }
          }
        }
        vs.put(w, List.copyOf(list));
      }
      id++;
    }
    this.direct = direct;
    this.variants = Map.copyOf(vs);
    this.group = Map.copyOf(groupIds);
  }

  private static String find(Map<String, String> parent, String w) {
    String p = parent.getOrDefault(w, w);
    if (p.equals(w)) {
      return w;
    }
    String r = find(parent, p);
    parent.put(w, r);
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** A table without variants. */
  public static VariantTable empty() {
    return new VariantTable(List.of(), List.of());
  }

  /**
   * The table shipped in the jar, built from the shared news corpora (ANT v2.1 and v1.1: Al Arabiya, BBC Arabic,
   * CNN Arabic, France 24, Sky News Arabia, Jawhara FM) by {@code bin/fahras variants --corpus}; loaded once.
   */
  public static VariantTable bundled() {
    VariantTable t = bundled;
    if (t == null) {
      synchronized (VariantTable.class) {
        t = bundled;
        if (t == null) {
          try (InputStream in = VariantTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
              throw new IllegalStateException("the bundled variant table org/fahras/variants/" + BUNDLED
                  + " is missing from the jar");
            }
            t = read(in, "bundled org/fahras/variants/" + BUNDLED);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          bundled = t;
        }
      }
    }
    return t;
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @throws IOException when the file cannot be read or a line is not a table line (the error names file and line)
   */
  public static VariantTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  static VariantTable read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (first == null || !first.equals(HEADER)) {
      throw new IOException(name + ":1: not a fahras variant table (expected \"" + HEADER + "\")");
    }
    List<Pair> pairs = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
        throw new IOException(name + ":" + lineNo + ": expected word<TAB>variant<TAB>confidence, got \"" + line + "\"");
      }
      double c;
      try {
        c = Double.parseDouble(f[2]);
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + lineNo + ": confidence \"" + f[2] + "\" is not a number");
      }
      try {
        pairs.add(new Pair(f[0], f[1], c));
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ":" + lineNo + ": " + e.getMessage());
      }
    }
    return new VariantTable(pairs, comments);
  }

  /** Writes this table (format in the class description), replacing {@code file}. */
  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (String c : comments) {
        w.write("# " + c + "\n");
      }
      for (Pair p : pairs) {
        w.write(p.a() + "\t" + p.b() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", p.confidence()) + "\n");
      }
    }
  }

  /**
   * The variants of {@code word} (exact representation), best first: the words confirmed directly as its variants,
   * by confidence, then the other members of its group; never {@code word} itself; empty when it has none.
   */
  public List<String> variantsOf(String word) {
    return variants.getOrDefault(word, List.of());
  }

  /** The confidence in (0, 1] of the direct pair {@code a}/{@code b}, or 0 when the table does not pair them. */
  public double confidence(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return direct.getOrDefault(a, Map.of()).getOrDefault(b, 0.0);
  }

  /** The id of {@code word}'s group (words connected by pairs share it), or -1 when it has no variants. */
  public int groupOf(String word) {
    return group.getOrDefault(word, -1);
  }

  /** Every word with variants, in string order. */
  public Set<String> words() {
    return Collections.unmodifiableSet(new TreeSet<>(variants.keySet()));
  }

  /** Number of confirmed pairs. */
  public int pairCount() {
    return pairs.size();
  }

  List<Pair> pairs() {
    return pairs;
  }

  List<String> comments() {
    return comments;
  }
}
