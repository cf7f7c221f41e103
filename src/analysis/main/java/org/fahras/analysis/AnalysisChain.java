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
 */
public record AnalysisChain(String name, String version, Analyzer stemmed, Analyzer exact, Analyzer highlight) {
  /**
   * Version of the fahras chains; bump it whenever their tokens change (3: connector punctuation splits words; 4:
   * glued function words and على stopped, the tanween ا; 5: a proclitic stems as the word it precedes, لل + a
   * two-letter noun, the pronoun ه after ة and ات, an ال shown to be a name's own by a bare ل; 6: a name of a short
   * list (names-alef-maksura.txt) written with a final ى keeps it in its stem: ليلى is not ليلي + a suffix, هدى not
   * هدية); 7: kept endings (kept-endings.txt), Persian letters, Arabic number separators; 8: a nisba's ي and a
   * final ى are never stripped: مصري is not مصر, قتلى not قتل; 9: the lexicon rebuilt, a preposition on a noun
   * is no noun for a typo's article: لفوز is ل + فوز; a dual in ين: عقدين is عقد; a noun in اة: مباراته is مباراة);
   * 10: a plural in ات used unlike its bare stem keeps ة: ملابسات is not ملابس; a noun written ى about as often as
   * ي keeps its ى: الكلى is not الكلي, الأولى not الأولية).
   */
  public static final String FAHRAS_VERSION = "10";

  /**
   * The chains an index can be built with: {@code fahras}, the library's chain; {@code stock}, Lucene's
   * ArabicAnalyzer (the baseline); {@code snowball}, the stock chain with Snowball's Arabic stemmer. {@link #forName}
   * also builds the measurement-only ablations of docs/relevance.md by their names, which are not part of the API.
   */
  public static final List<String> NAMES = List.of("fahras", "stock", "snowball");

  /** The ablations: the fahras chain with one part changed, to measure what each part adds (bin/evaluate). */
  static final List<String> ABLATIONS = List.of("fahras-no-proximity", "fahras-stemmed-only", "fahras-exact-only",
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
      case "fahras" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, true);
      case "stock" -> baseline(name, new ArabicAnalyzer());
      case "snowball" -> baseline(name, new StockSnowballAnalyzer());
      case "fahras-no-proximity" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, true);
      case "fahras-stemmed-only" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS, false);
      case "fahras-exact-only" -> fahras(name, FahrasAnalyzer.StemmerKind.NONE, false);
      case "fahras-light10-prefixes" ->
          fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_NO_BARE_PREPOSITIONS, true);
      case "fahras-lucene-stemmer" -> fahras(name, FahrasAnalyzer.StemmerKind.LUCENE_LIGHT, true);
      case "fahras-snowball-stemmer" -> fahras(name, FahrasAnalyzer.StemmerKind.SNOWBALL, true);
      case "fahras-no-lexicon" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_NO_LEXICON, true);
      case "fahras-prefix-guard" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_PREFIX_GUARD, true);
      case "fahras-suffix-guard" -> fahras(name, FahrasAnalyzer.StemmerKind.FAHRAS_SUFFIX_GUARD, true);
      default -> throw new IllegalArgumentException("unknown analyzer \"" + name + "\"; known: "
          + String.join(", ", NAMES) + " (and the measurement-only ablations " + String.join(", ", ABLATIONS) + ")");
    };
  }

  private static AnalysisChain fahras(String name, FahrasAnalyzer.StemmerKind stemmer, boolean withExact) {
    return new AnalysisChain(name, FAHRAS_VERSION, FahrasAnalyzer.builder().stemmer(stemmer).build(),
        withExact ? FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE).build() : null,
        FahrasAnalyzer.builder().stemmer(stemmer).stackExact(true).build());
  }

  private static AnalysisChain baseline(String name, Analyzer analyzer) {
    return new AnalysisChain(name, "lucene-" + org.apache.lucene.util.Version.LATEST.major, analyzer, null,
        analyzer);
  }
}
