package org.fahras.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * A named analysis setup an index is built with: the analyzer of the searched (stemmed) fields, and that of the
 * exact fields or null when the setup has none. The name and version are recorded in the index, which is only
 * ever searched with the chain that built it.
 *
 * @param name {@code fahras}, {@code stock}, or an ablation name (see {@link #NAMES})
 * @param version changes whenever the tokens a chain produces change; an index of another version must be rebuilt
 * @param stemmed analyzer of the title and body fields
 * @param exact analyzer of the exact title and body fields, or null
 * @param highlight analyzer the highlighter re-reads stored text with: exact and stemmed terms stacked
 * @param proximity whether searches add fahras's proximity boost (the full fahras ranking)
 */
public record AnalysisChain(
    String name, String version, Analyzer stemmed, Analyzer exact, Analyzer highlight, boolean proximity) {
  /**
   * Version of the fahras chains; bump it whenever their tokens change (3: connector punctuation splits words; 4:
   * glued function words and على stopped, the tanween ا; 5: a proclitic stems as the word it precedes, لل + a
   * two-letter noun, the pronoun ه after ة and ات, an ال shown to be a name's own by a bare ل).
   */
  public static final String FAHRAS_VERSION = "5";

  /**
   * Every chain name. {@code fahras} is the library's chain, {@code stock} Lucene's ArabicAnalyzer (the baseline),
   * {@code snowball} the stock chain with Snowball's Arabic stemmer; the others are ablations used to measure what
   * each part adds.
   */
  public static final List<String> NAMES = List.of(
      "fahras", "stock", "snowball", "fahras-no-proximity", "fahras-stemmed-only", "fahras-exact-only",
      "fahras-light10-prefixes", "fahras-lucene-stemmer", "fahras-snowball-stemmer", "fahras-no-lexicon",
      "fahras-prefix-guard", "fahras-suffix-guard");

  /** True when searches use an exact field beside the stemmed one. */
  public boolean hasExact() {
    return exact != null;
  }

  /**
   * The chain called {@code name}.
   *
   * @throws IllegalArgumentException listing the known names when {@code name} is not one
   */
  public static AnalysisChain forName(String name) {
    return switch (name) {
      case "fahras" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, true, true);
      case "stock" -> baseline(name, new ArabicAnalyzer());
      case "snowball" -> baseline(name, new StockSnowballAnalyzer());
      case "fahras-no-proximity" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, true, false);
      case "fahras-stemmed-only" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, false, false);
      case "fahras-exact-only" -> fahras(name, FahrasAnalyzer.StemmerKind.NONE, false, false);
      case "fahras-light10-prefixes" ->
          fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_NO_BARE_PREPOSITIONS, true, false);
      case "fahras-lucene-stemmer" -> fahras(name, FahrasAnalyzer.StemmerKind.LUCENE_LIGHT, true, false);
      case "fahras-snowball-stemmer" -> fahras(name, FahrasAnalyzer.StemmerKind.SNOWBALL, true, false);
      case "fahras-no-lexicon" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_NO_LEXICON, true, true);
      case "fahras-prefix-guard" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_PREFIX_GUARD, true, true);
      case "fahras-suffix-guard" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_SUFFIX_GUARD, true, true);
      default -> throw new IllegalArgumentException(
          "unknown analyzer \"" + name + "\"; known: " + String.join(", ", NAMES));
    };
  }

  private static AnalysisChain fahras(String name, FahrasAnalyzer.StemmerKind stemmer, boolean withExact,
      boolean proximity) {
    return new AnalysisChain(name, FAHRAS_VERSION, FahrasAnalyzer.builder().stemmer(stemmer).build(),
        withExact ? FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE).build() : null,
        FahrasAnalyzer.builder().stemmer(stemmer).stackExact(true).build(), proximity);
  }

  private static AnalysisChain baseline(String name, Analyzer analyzer) {
    return new AnalysisChain(name, "lucene-" + org.apache.lucene.util.Version.LATEST.major, analyzer, null,
        analyzer, false);
  }
}
