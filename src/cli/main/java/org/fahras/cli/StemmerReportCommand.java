package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.lexicon.CorpusCounts;

/**
 * {@code fahras stemmer-report [--data DIR] [--top N] [CORPUS...]}: how the stemmer treats a corpus's vocabulary
 * (by default ANT v2.1, then ANT v1.1), beside the stemmer of the last release (without the lexicon) and Lucene's
 * stock ArabicAnalyzer: (a) article consistency, (b) over-merging, (c) the most frequent words whose stem changed.
 */
final class StemmerReportCommand {
  /** Fewest occurrences, bare and with ال, of a noun counted in (a). */
  static final int CONSISTENCY_MIN = 5;
  /** Fewest occurrences, bare and with ال, of a noun counted in (b). */
  static final int MERGE_MIN = 20;
  private static final String PROCLITIC_LETTERS = "بكلوف";
  private static final Set<String> TENS = Set.of("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين",
      "تسعين", "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون");

  private final PrintStream out;

  StemmerReportCommand(PrintStream out) {
    this.out = out;
  }

  /** A word, its article form, and their stems. */
  record Miss(String word, String stem, String withArticle, String articleStem) {}

  /** Article consistency of one stemmer: how many nouns, how many of them meet their article form. */
  record Consistency(int nouns, int consistent, List<Miss> misses) {
    double ratio() {
      return nouns == 0 ? 0 : (double) consistent / nouns;
    }
  }

  /** Two different nouns sent to one stem. */
  record Merge(String a, int countA, String b, int countB, String stem, String kind) {}

  int run(List<String> args) throws IOException {
    String data = null;
    int top = 50;
    List<Path> corpora = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--data" -> data = value(args, ++i, a);
        case "--top" -> top = Integer.parseInt(value(args, ++i, a));
        case "--corpus" -> corpora.add(Path.of(value(args, ++i, a)));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("stemmer-report: unknown option " + a);
          }
          corpora.add(Path.of(a));
        }
      }
    }
    if (corpora.isEmpty()) {
      Path d = DataFolder.dataDir(data);
      corpora = List.of(d.resolve("news/ant-v2.1.jsonl.gz"), d.resolve("news/ant-v1.1.jsonl.gz"));
    }
    try (Analyzer fahras = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer release = org.fahras.analysis.AnalysisChain.forName("fahras-no-lexicon").stemmed();
        Analyzer stock = new ArabicAnalyzer()) {
      Map<String, Analyzer> analyzers = new java.util.LinkedHashMap<>();
      analyzers.put("fahras", fahras);
      analyzers.put("fahras-0.1 (no lexicon)", release);
      analyzers.put("stock", stock);
      for (Path corpus : corpora) {
        List<org.fahras.ingest.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> counts = CorpusCounts.count(List.of(corpus), rejected).forms();
        out.println("== " + corpus.getFileName() + ": " + counts.size() + " distinct forms"
            + (rejected.isEmpty() ? "" : "; " + rejected.size() + " unreadable records left out, the first: "
                + rejected.get(0)));
        out.println();
        out.printf(Locale.ROOT, "(a) article consistency: nouns beginning with ب ك ل و ف seen >= %d times bare and"
            + " >= %d times with ال, whose two forms get one stem%n", CONSISTENCY_MIN, CONSISTENCY_MIN);
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
          Consistency c = articleConsistency(counts, e.getValue());
          out.printf(Locale.ROOT, "    %-24s %.3f  (%d of %d)%n", e.getKey(), c.ratio(), c.consistent(), c.nouns());
          if (e.getValue() == fahras) {
            for (Miss m : c.misses().subList(0, Math.min(20, c.misses().size()))) {
              out.println("        miss: " + m.word() + " → " + m.stem() + ", " + m.withArticle() + " → "
                  + m.articleStem());
            }
          }
        }
        out.println();
        out.printf(Locale.ROOT, "(b) over-merging: different nouns (each seen >= %d times bare and >= %d with ال)"
            + " sent to one stem%n", MERGE_MIN, MERGE_MIN);
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
          List<Merge> merges = overMerges(counts, e.getValue());
          long first = merges.stream().filter(m -> m.kind().equals("first letter")).count();
          out.printf(Locale.ROOT, "    %-24s %d pairs (%d by a first letter, %d by an ending)%n", e.getKey(),
              merges.size(), first, merges.size() - first);
          if (e.getValue() != stock) {
            for (Merge m : merges.subList(0, Math.min(top, merges.size()))) {
              out.printf(Locale.ROOT, "        %s (%d) + %s (%d) → %s  [%s]%n", m.a(), m.countA(), m.b(),
                  m.countB(), m.stem(), m.kind());
            }
          }
        }
        out.println();
        out.printf(Locale.ROOT, "(c) the %d most frequent words whose stem changed since fahras 0.1:%n", top);
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        int shown = 0;
        int changed = 0;
        long changedOccurrences = 0;
        for (String w : byCount) {
          String now = stem(fahras, w);
          String before = stem(release, w);
          if (now != null && !now.equals(before)) {
            changed++;
            changedOccurrences += counts.get(w);
            if (shown < top) {
              out.printf(Locale.ROOT, "    %-16s %7d  %s → %s%n", w, counts.get(w), before, now);
              shown++;
            }
          }
        }
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        out.printf(Locale.ROOT, "    in all %d forms changed, %.1f %% of the corpus's words%n", changed,
            100.0 * changedOccurrences / total);
        out.println();
      }
    }
    return 0;
  }

  /** (a) over the forms counted in {@code counts}. */
  static Consistency articleConsistency(Map<String, Integer> counts, Analyzer analyzer) {
    int nouns = 0;
    int consistent = 0;
    List<Miss> misses = new ArrayList<>();
    List<String> words = new ArrayList<>(counts.keySet());
    words.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
    for (String w : words) {
      if (w.length() < 2 || PROCLITIC_LETTERS.indexOf(w.charAt(0)) < 0 || counts.get(w) < CONSISTENCY_MIN
          || counts.getOrDefault("ال" + w, 0) < CONSISTENCY_MIN) {
        continue;
      }
      String s = stem(analyzer, w);
      String t = stem(analyzer, "ال" + w);
      if (s == null || t == null) {
        continue; // a stopword of this analyzer
      }
      nouns++;
      if (s.equals(t)) {
        consistent++;
      } else {
        misses.add(new Miss(w, s, "ال" + w, t));
      }
    }
    return new Consistency(nouns, consistent, misses);
  }

  /**
   * (b): pairs of nouns that one stem joins though they are different words: they begin with different letters
   * (one lost a first letter that a noun attested with the article owns), or one is the other with ون ين ان where no
   * other of these endings is seen on the same base (so it is not an inflection), or a tens numeral.
   */
  static List<Merge> overMerges(Map<String, Integer> counts, Analyzer analyzer) {
    Map<String, List<String>> byStem = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String w = e.getKey();
      if (e.getValue() >= MERGE_MIN && counts.getOrDefault("ال" + w, 0) >= MERGE_MIN && isArabic(w)) {
        String s = stem(analyzer, w);
        if (s != null) {
          byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(w);
        }
      }
    }
    List<Merge> merges = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byStem.entrySet()) {
      List<String> ws = e.getValue();
      ws.sort(Comparator.naturalOrder());
      for (int i = 0; i < ws.size(); i++) {
        for (int j = i + 1; j < ws.size(); j++) {
          String a = ws.get(i);
          String b = ws.get(j);
          String kind = a.charAt(0) != b.charAt(0) ? "first letter"
              : (ownEnding(a, b, counts) || ownEnding(b, a, counts)) ? "ending" : null;
          if (kind != null) {
            merges.add(new Merge(a, counts.get(a), b, counts.get(b), e.getKey(), kind));
          }
        }
      }
    }
    merges.sort(Comparator.comparing((Merge m) -> -Math.min(m.countA(), m.countB())).thenComparing(Merge::a));
    return merges;
  }

  /** Whether {@code longer} is {@code shorter} (or its ه ي form's base) plus an ending that is not an inflection. */
  private static boolean ownEnding(String longer, String shorter, Map<String, Integer> counts) {
    if (TENS.contains(longer)) {
      return true;
    }
    if (longer.length() < 5 || !(longer.endsWith("ون") || longer.endsWith("ين") || longer.endsWith("ان"))) {
      return false;
    }
    String base = longer.substring(0, longer.length() - 2);
    if (!(shorter.equals(base) || shorter.equals(base + "ه") || shorter.equals(base + "ي"))) {
      return false;
    }
    for (String other : new String[] {"ون", "ين", "ان"}) {
      if (!longer.endsWith(other) && counts.getOrDefault(base + other, 0) >= 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean isArabic(String w) {
    return w.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  /** The single term {@code analyzer} makes of {@code word}, or null when it makes none. */
  static String stem(Analyzer analyzer, String word) {
    try (TokenStream ts = analyzer.tokenStream("body", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String s = ts.incrementToken() ? term.toString() : null;
      while (ts.incrementToken()) {
        // a word splits into one token; drain anyway, as the TokenStream contract asks
      }
      ts.end();
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String value(List<String> args, int i, String name) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(i);
  }
}
