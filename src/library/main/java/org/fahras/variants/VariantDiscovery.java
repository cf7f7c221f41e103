package org.fahras.variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;

/**
 * Finds spelling variants of names and loanwords in a collection of articles and builds a {@link VariantTable}.
 *
 * <p>Candidates are words of one consonant skeleton (long vowels inserted or dropped, ج غ ق ك for the G sound, ت/ط,
 * س/ص, a final ة or ا, doubled letters; see {@code Skeleton}), each seen at least {@link Options#minCount} times,
 * at most two letters apart in length, and not two inflections of one stem (سوريا / سوري, العثور / للعثور); words of
 * two skeleton consonants only when they differ by غ/ج alone (فيغو / فيجو); and words of one loose skeleton (ه as a
 * vowel, ش/س, initial ي or دي as ج, تش/ش: هولاند / اولاند, يوفنتوس / جوفنتوس). A word that looks like a clitic or
 * inflected form of a more frequent word (بيونج: ب + يونج) is a candidate only as a غ/ج spelling, used more like
 * its partner than like that base. A candidate pair is kept only on evidence that both name the same thing: the
 * words around them are alike (cosine of log-count × idf vectors of the words within two positions, each context
 * word taken by its own skeleton so that house spellings of the context meet), possibly with complementary use by
 * sources (Jensen–Shannon divergence: ترمب is Al Arabiya's spelling, ترامب the others'); how much is asked depends
 * on the kind of difference and on whether the words behave as ordinary Arabic words (nativeness: attested with
 * the article, pronoun or plural endings, other persons of a verb): a pair of two such words (وزير / وزاري, تحمل /
 * تحميل) needs alike contexts and clearly complementary sources together, as do loose pairs, which must moreover
 * be names (not native, no article, at most two letters apart); a difference of غ/ج alone, or of one long vowel in
 * a long word, needs less; words of three consonants or fewer need more. Similar use over time (monthly counts)
 * adds to a pair's confidence. Precision first: a wrong merge is worse than a missed variant.
 *
 * <p>Words are read in the exact representation of the fahras chain (normalized, unstemmed). Not thread-safe;
 * {@link #add} articles, then {@link #build}. The jobs are apart: {@code Corpus} reads the articles, {@code
 * Candidates} finds the pairs worth judging (one rule for {@link #build} and {@link #explain}), {@code Evidence}
 * measures contexts, sources and nativeness, and {@code ConfirmationRule} decides, with the thresholds of {@code
 * Thresholds}; this class joins them.
 */
public final class VariantDiscovery {
  /**
   * Settings of a discovery.
   *
   * @param minCount occurrences a word needs to be considered (fewer give too little context to judge)
   */
  public record Options(int minCount) {
    /** Validates. */
    public Options {
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be at least 1, not " + minCount);
      }
    }

    /** The settings the bundled table was built with. */
    public static Options defaults() {
      return new Options(5);
    }
  }

  private final Options options;
  /** Pairs read by hand as two words ({@link ReviewedPairs}): never confirmed. */
  private final Map<String, String> reviewed;
  private final Corpus corpus = new Corpus();
  /** The evidence of the last build or explain, reused while no article is added. */
  private Evidence evidence;

  /** A discovery with the default thresholds. */
  public VariantDiscovery() {
    this(Options.defaults());
  }

  /** A discovery with {@code options}. */
  public VariantDiscovery(Options options) {
    this(options, ReviewedPairs.bundled());
  }

  /** A discovery that never confirms the pairs of {@code reviewedDifferent} ({@link ReviewedPairs#key} → why). */
  VariantDiscovery(Options options, Map<String, String> reviewedDifferent) {
    this.options = options;
    this.reviewed = reviewedDifferent;
  }

  /**
   * Builds the table of the articles in {@code paths} (JSON Lines, text articles, folders; as
   * {@link ArticleReader} reads them).
   *
   * @throws IOException when a path cannot be read; records that cannot be read are counted in
   *     {@link #rejected()}
   */
  public static VariantDiscovery ofCorpus(List<Path> paths) throws IOException {
    VariantDiscovery d = new VariantDiscovery();
    d.addCorpus(paths);
    return d;
  }

  /** Adds the articles of {@code paths}; unreadable records are counted in {@link #rejected()}. */
  public void addCorpus(List<Path> paths) throws IOException {
    corpus.addCorpus(paths);
  }

  /**
   * Adds the articles stored in the fahras index at {@code dir} (title, body, source, date), read-only: the index
   * may be in use by searches and a writer.
   */
  public void addIndex(Path dir) throws IOException {
    corpus.addIndex(dir);
  }

  /** Adds one article. */
  public void add(Article a) {
    corpus.add(a);
  }

  /** Articles added so far. */
  public int articles() {
    return corpus.articles();
  }

  /** Records of a corpus that could not be read (see {@link ArticleReader}). */
  public long rejected() {
    return corpus.rejected();
  }

  /** Figures of the last {@link #build}: candidates examined and pairs confirmed. */
  public record Stats(int words, int candidateWords, int candidatePairs, int confirmedPairs) {}

  private Stats stats;

  /** Figures of the last {@link #build}, or null before it. */
  public Stats stats() {
    return stats;
  }

  /** Occurrences of {@code w} (exact representation) in the articles added so far. */
  int count(String w) {
    return corpus.count(w);
  }

  /** The evidence of the corpus as it is. */
  private Evidence evidence() {
    if (evidence == null || !evidence.current()) {
      evidence = new Evidence(corpus);
    }
    return evidence;
  }

  /** Builds the table from the articles added so far. */
  public VariantTable build() {
    // 1. candidate pairs, and the bases of clitic-looking forms (judged against them, below)
    Map<Integer, Integer> baseOf = new HashMap<>();
    List<Candidates.Pair> pairs = Candidates.generate(corpus, options.minCount(), baseOf);
    Map<Integer, Integer> cand = new HashMap<>();
    for (Candidates.Pair p : pairs) {
      cand.putIfAbsent(p.a(), cand.size());
      cand.putIfAbsent(p.b(), cand.size());
      for (int w : new int[] {p.a(), p.b()}) {
        Integer base = baseOf.get(w);
        if (base != null) {
          cand.putIfAbsent(base, cand.size());
        }
      }
    }
    int n = cand.size();
    // 2. evidence for the candidate words: contexts, sources, months
    evidence = new Evidence(corpus);
    Evidence.Profiles pr = evidence.profiles(cand);
    double[] nativeness = new double[n];
    for (Map.Entry<Integer, Integer> e : cand.entrySet()) {
      nativeness[e.getValue()] = evidence.nativeness(corpus.word(e.getKey()));
    }
    // 3. decide
    List<VariantTable.Pair> confirmed = new ArrayList<>();
    for (Candidates.Pair p : pairs) {
      int a = cand.get(p.a());
      int b = cand.get(p.b());
      double context = pr.context(a, b, p.a(), p.b());
      // a clitic-looking form is a spelling of its partner only if it is used more like the partner than like its
      // base (اليجري beside اليغري, the coach, not beside يجري, "runs")
      double baseContext = 0;
      boolean clitic = baseOf.containsKey(p.a()) || baseOf.containsKey(p.b());
      // a clitic-looking form's own nativeness is its base's (اليجري: يجري); its partner's tells
      double nativeA = baseOf.containsKey(p.a()) ? nativeness[b] : nativeness[a];
      double nativeB = baseOf.containsKey(p.b()) ? nativeness[a] : nativeness[b];
      for (int w : new int[] {p.a(), p.b()}) {
        Integer base = baseOf.get(w);
        if (base != null) {
          baseContext = Math.max(baseContext, pr.context(cand.get(w), cand.get(base), w, base));
        }
      }
      String wa = corpus.word(p.a());
      String wb = corpus.word(p.b());
      PairEvidence e = new PairEvidence(p.kind(), wa, wb, Math.min(corpus.count(p.a()), corpus.count(p.b())),
          nativeA, nativeB, context, pr.sources(a, b), clitic, baseContext);
      if (ConfirmationRule.confirms(e) && ReviewedPairs.different(reviewed, wa, wb) == null) {
        confirmed.add(new VariantTable.Pair(wa, wb, confidence(context, e.divergence(), pr.time(a, b))));
      }
    }
    addBareForms(confirmed);
    stats = new Stats(corpus.words(), n, pairs.size(), confirmed.size());
    List<String> comments = List.of(String.format(Locale.ROOT,
        "built from %d articles, %d words; %d candidate pairs, %d confirmed; options %s",
        corpus.articles(), corpus.words(), pairs.size(), confirmed.size(), options));
    return new VariantTable(confirmed, comments);
  }

  /**
   * A confirmed pair's confidence: mostly its context similarity, then its source divergence and its similarity of
   * use over time; between 0.001 and 1.
   */
  static double confidence(double context, double divergence, double time) {
    return Math.max(0.001, Math.min(1, 0.6 * context + 0.3 * divergence + 0.1 * time));
  }

  /**
   * Why {@code a} / {@code b} (words in the exact representation) are or are not a pair, judged as {@link #build}
   * judges them on the articles added so far: occurrences, skeletons, kind of candidate, clitic-looking bases (with
   * the context similarity to them), nativeness, context similarity, source divergence, and the decision — including
   * why a pair is not even a candidate, and pairs confirmed as the bare forms of a pair with the article. One line,
   * for people tuning a table or asking why two spellings do (not) meet.
   */
  public String explain(String a, String b) {
    if (corpus.id(a) == null || corpus.id(b) == null) {
      return a + " / " + b + ": " + (corpus.id(a) == null ? a : b) + " not seen";
    }
    StringBuilder line = new StringBuilder();
    boolean ok = judge(a, b, line);
    String why = ReviewedPairs.different(reviewed, a, b);
    if (why != null) {
      return line + "; but read by hand as two words (" + why + "; " + ReviewedPairs.RESOURCE + "): not paired";
    }
    if (!ok && !a.startsWith("ال") && !b.startsWith("ال") && bareCandidate(a, b) && corpus.id("ال" + a) != null
        && corpus.id("ال" + b) != null && judge("ال" + a, "ال" + b, new StringBuilder())) {
      double context = evidence().measure(Collections.singletonList(new String[] {a, b})).get(0)[0];
      if (ConfirmationRule.confirmsBareForms(context)) {
        return line + "; but confirmed as the bare forms of ال" + a + " / ال" + b + " (context "
            + String.format(Locale.ROOT, "%.3f", context) + " >= " + Thresholds.FAMILY_CONTEXT + ")";
      }
    }
    return line.toString();
  }

  /** Appends the evidence on {@code a} / {@code b} (both seen) to {@code line}; true when {@link #build} pairs them. */
  private boolean judge(String a, String b, StringBuilder line) {
    Candidates.Word wa = Candidates.Word.of(a, corpus);
    Candidates.Word wb = Candidates.Word.of(b, corpus);
    Candidates.Verdict verdict = Candidates.classify(wa, wb, options.minCount());
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {a, b});
    if (wa.clitic()) {
      pairs.add(new String[] {a, wa.base()});
    }
    if (wb.clitic()) {
      pairs.add(new String[] {b, wb.base()});
    }
    Evidence ev = evidence();
    List<double[]> e = ev.measure(pairs);
    double context = e.get(0)[0];
    double divergence = e.get(0)[1];
    double baseContext = 0;
    for (int i = 1; i < e.size(); i++) {
      baseContext = Math.max(baseContext, e.get(i)[0]);
    }
    // as in build: a clitic-looking form's nativeness is its partner's
    double na = wa.clitic() ? ev.nativeness(b) : ev.nativeness(a);
    double nb = wb.clitic() ? ev.nativeness(a) : ev.nativeness(b);
    ConfirmationRule.Decision decision = !verdict.isCandidate() ? null : ConfirmationRule.decide(
        new PairEvidence(verdict.kind(), a, b, Math.min(wa.count(), wb.count()), na, nb, context, divergence,
            wa.clitic() || wb.clitic(), baseContext));
    boolean ok = decision != null && decision.confirmed();
    line.append(String.format(Locale.ROOT,
        "%s(%d) / %s(%d): skeleton %s/%s loose %s/%s kind %s base %s/%s (context %.3f) native %.2f/%.2f context %.3f"
            + " sources %.3f oneVowel %b gOnly %b rule %s -> %s",
        a, wa.count(), b, wb.count(), wa.skeleton(), wb.skeleton(), wa.loose(), wb.loose(),
        verdict.isCandidate() ? verdict.kind().label() : "none",
        wa.clitic() ? wa.base() : "-", wb.clitic() ? wb.base() : "-",
        baseContext, na, nb, context, divergence, Skeleton.oneVowel(a, b), Skeleton.gOnly(a, b),
        decision == null ? "-" : decision.rule(),
        !verdict.isCandidate() ? "not a candidate: " + verdict.notCandidate() : ok ? "confirmed" : "not confirmed"));
    return ok;
  }

  /**
   * A spelling difference belongs to the word, not to one of its forms: a pair confirmed with the article
   * (الديمقراطيه / الديموقراطيه) also pairs the bare forms when both are seen at least {@link Options#minCount}
   * times. Bare forms are often rarer than those with the article, and have too few neighbours to judge alone.
   */
  private void addBareForms(List<VariantTable.Pair> confirmed) {
    Set<String> have = new HashSet<>();
    for (VariantTable.Pair p : confirmed) {
      have.add(p.a() + "\t" + p.b());
      have.add(p.b() + "\t" + p.a());
    }
    List<String[]> bare = new ArrayList<>();
    List<Double> confidence = new ArrayList<>();
    for (VariantTable.Pair p : confirmed) {
      if (!p.a().startsWith("ال") || !p.b().startsWith("ال")) {
        continue;
      }
      String a = p.a().substring(2);
      String b = p.b().substring(2);
      if (bareCandidate(a, b) && ReviewedPairs.different(reviewed, a, b) == null && have.add(a + "\t" + b)) {
        have.add(b + "\t" + a);
        bare.add(new String[] {a, b});
        confidence.add(p.confidence());
      }
    }
    List<double[]> evidence = evidence().measure(bare);
    List<VariantTable.Pair> added = new ArrayList<>();
    for (int i = 0; i < bare.size(); i++) {
      if (ConfirmationRule.confirmsBareForms(evidence.get(i)[0])) {
        added.add(new VariantTable.Pair(bare.get(i)[0], bare.get(i)[1], confidence.get(i)));
      }
    }
    confirmed.addAll(added);
  }

  private boolean bareCandidate(String a, String b) {
    return Candidates.bareCandidate(a, b, count(a), count(b), options.minCount());
  }
}
