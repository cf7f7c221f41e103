package org.fahras.variants;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.fahras.analysis.ArabicStopFilterFactory;
import org.fahras.analysis.ConnectorPunctuationCharFilter;
import org.fahras.analysis.FahrasFoldingFilter;
import org.fahras.document.Article;
import org.fahras.schema.Schema;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

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
 * {@link #add} articles, then {@link #build}.
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

  /** Nativeness (see {@link #nativeness}) from which a word counts as an ordinary Arabic word. */
  static final double NATIVE = 0.3;
  /**
   * Neither word native: context similarity that confirms alone; or, from a lower similarity, similarity plus
   * {@code FOREIGN_SOURCES} × source divergence reaching {@code FOREIGN_CONTEXT} (complementary house styles).
   */
  static final double FOREIGN_CONTEXT = 0.2;
  static final double FOREIGN_CONTEXT_WITH_SOURCES = 0.12;
  static final double FOREIGN_SOURCES = 0.3;
  /** One word native: the same, stricter. */
  static final double MIXED_CONTEXT = 0.5;
  static final double MIXED_CONTEXT_WITH_SOURCES = 0.2;
  static final double MIXED_SOURCES = 0.3;
  /** Subtracted from the context similarity of words of at most three skeleton consonants. */
  static final double SHORT_SKELETON = 0.1;
  /** Both native (امريكي / اميركي): only alike contexts and clearly complementary sources together. */
  static final double NATIVE_CONTEXT = 0.3;
  static final double NATIVE_SOURCES = 0.5;

  /** A pair differing only by غ/ج: context similarity that confirms it, for words of at most this nativeness. */
  static final double G_CONTEXT = 0.11;
  static final double G_NATIVE = 1.0;
  /** The same for two consonants (فيغو / فيجو), where more ordinary words collide. */
  static final double SHORT_CONTEXT = 0.18;
  static final double SHORT_NATIVE = 0.5;
  /** A clitic-looking form must be this much closer in context to its partner than to its base. */
  static final double BASE_MARGIN = 0.05;
  /**
   * A difference of غ/ج alone in a word of {@code LONG_SKELETON} consonants or more (انفوغرافيك / انفوجرافيك): two
   * different words so long hardly differ so little, so some shared context is enough.
   */
  static final int LONG_SKELETON = 6;
  static final double LONG_G_CONTEXT = 0.04;
  /** One long vowel in a word of five skeleton consonants or more, used alike: confirmed whatever the nativeness. */
  static final double VOWEL_ALIKE_CONTEXT = 0.4;
  /** One long vowel inserted in a word of five skeleton consonants or more (مانهاتن / منهاتن). */
  static final double VOWEL_CONTEXT = 0.10;
  static final double VOWEL_ARTICLE_CONTEXT = 0.13;
  static final double VOWEL_ARTICLE_NATIVE = 0.1;
  /**
   * One long vowel or غ/ج in a word of five skeleton consonants or more, whatever its nativeness: alike contexts
   * and somewhat complementary sources together.
   */
  static final double LOANWORD_CONTEXT = 0.15;
  static final double LOANWORD_SOURCES = 0.2;
  /**
   * One long vowel or غ/ج, the rarer word seen at most {@code RARE_COUNT} times (too few neighbours for the
   * general rule): somewhat alike contexts and somewhat complementary sources together, names only.
   */
  static final int RARE_COUNT = 15;
  static final double RARE_CONTEXT = 0.07;
  static final double RARE_SOURCES = 0.12;
  /** Loose correspondences only (غوتيريش / غوتيريس): alike contexts, or somewhat alike and complementary sources. */
  static final double LOOSE_CONTEXT = 0.25;
  static final double LOOSE_CONTEXT_WITH_SOURCES = 0.2;
  static final double LOOSE_SCORE = 0.32;

  /**
   * Whether the evidence confirms a candidate pair {@code a} / {@code b} of {@code kind} ({@link #STRICT},
   * {@link #SHORT}, {@link #LOOSE}): occurrences of the rarer word, nativeness of both words, context similarity,
   * source divergence and, when one word looks like a clitic form of a third word (its base), the context
   * similarity to that base.
   */
  static boolean confirms(int kind, String a, String b, int rarer, double nativeA, double nativeB, double context,
      double divergence, boolean clitic, double baseContext) {
    if (rarer >= COMMON_COUNT && divergence < COMMON_SOURCES) {
      // two common spellings that every source uses alike are two words (محمد / محمود, حسن / حسين, لهذا / لهذه):
      // a newsroom keeps to its own spelling of a name, so real variants split by source
      return false;
    }
    double nmax = Math.max(nativeA, nativeB);
    boolean g = Skeleton.gOnly(a, b);
    if (clitic && !(g && context >= baseContext + BASE_MARGIN)) {
      return false; // a clitic-looking form (بيونج: ب + يونج) is only taken as a غ/ج spelling of a name
    }
    if (kind == SHORT) {
      return g && nmax < SHORT_NATIVE && context >= SHORT_CONTEXT;
    }
    if (kind == LOOSE) {
      // the loose skeleton joins ordinary words (مصر / مشيرا, بعيدا / بعدها): names only, close in spelling
      if (nmax >= NATIVE || Math.min(a.length(), b.length()) < 5 || Skeleton.distance(a, b) > 2
          || a.startsWith("ال") || b.startsWith("ال") || pronounEnding(a) || pronounEnding(b)) {
        return false;
      }
      return context >= LOOSE_CONTEXT
          || (context >= LOOSE_CONTEXT_WITH_SOURCES && context + FOREIGN_SOURCES * divergence >= LOOSE_SCORE);
    }
    int skeleton = Skeleton.consonants(a, b);
    boolean vowel = Skeleton.oneVowel(a, b);
    if (g && nmax < G_NATIVE && context >= (skeleton >= LONG_SKELETON ? LONG_G_CONTEXT : G_CONTEXT)) {
      return true;
    }
    if (skeleton <= 3 && Skeleton.distance(a, b) > 2) {
      return false; // three consonants leave little room: more than two letters apart is another word (الخامسه / الخميس)
    }
    if (vowel && skeleton >= 5 && context >= VOWEL_ALIKE_CONTEXT && !a.startsWith("است")
        && !b.startsWith("است")) {
      return true; // used alike, whatever their other forms (تلغراف / تليغراف: both take ال)
    }
    if (vowel && skeleton >= 5 && nmax < NATIVE && !a.startsWith("است") && !b.startsWith("است")) {
      boolean article = a.startsWith("ال") || b.startsWith("ال");
      if (article ? nmax < VOWEL_ARTICLE_NATIVE && context >= VOWEL_ARTICLE_CONTEXT : context >= VOWEL_CONTEXT) {
        return true;
      }
    }
    if ((vowel || g) && skeleton >= 5 && context >= LOANWORD_CONTEXT && divergence >= LOANWORD_SOURCES) {
      return true; // a long loanword that takes Arabic forms (تلفزيون / تليفزيون, كمبيوتر / كومبيوتر)
    }
    if ((vowel || g) && skeleton >= 4 && nmax < NATIVE && rarer <= RARE_COUNT && context >= RARE_CONTEXT
        && divergence >= RARE_SOURCES && !a.startsWith("ال") && !b.startsWith("ال") && !verbOrPossessive(a)
        && !verbOrPossessive(b)) {
      return true; // a rare spelling of a name has few neighbours to compare (شانغهاي, 5 times, / شنغهاي)
    }
    // a doubled long vowel (هوليوود / هوليود) is one letter more, not another pattern of three consonants: judged
    // as a longer word
    return confirms(nativeA, nativeB, context, divergence,
        Skeleton.doubledVowel(a, b) ? Math.max(4, skeleton) : skeleton);
  }

  /** A short word in ت or ك: a verb's past (طردت / طاردت) or a noun with "your" (علمك / عالمك), not a name. */
  private static boolean verbOrPossessive(String w) {
    return w.length() <= 6 && (w.endsWith("ت") || w.endsWith("ك"));
  }

  private static boolean pronounEnding(String w) {
    return w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هن") || w.endsWith("هما");
  }

  /** Whether the evidence confirms a pair of one skeleton by the general rule (nativeness, context, sources). */
  static boolean confirms(double nativeA, double nativeB, double context, double divergence, int skeleton) {
    if (skeleton <= 3) {
      // three consonants or fewer: many Arabic words share them, the context must say more
      context -= SHORT_SKELETON;
    }
    boolean na = nativeA >= NATIVE;
    boolean nb = nativeB >= NATIVE;
    if (na && nb) {
      return context >= NATIVE_CONTEXT && divergence >= NATIVE_SOURCES;
    }
    if (!na && !nb) {
      return context >= FOREIGN_CONTEXT
          || (context >= FOREIGN_CONTEXT_WITH_SOURCES && context + FOREIGN_SOURCES * divergence >= FOREIGN_CONTEXT);
    }
    return context >= MIXED_CONTEXT || (context >= MIXED_CONTEXT_WITH_SOURCES && divergence >= MIXED_SOURCES);
  }

  /** Candidate kinds: one skeleton of three consonants or more; two consonants, only غ/ج differing; loose only. */
  static final int STRICT = 0;
  static final int SHORT = 1;
  static final int LOOSE = 2;

  /** Context window: words on each side (after stopwords, which the exact analyzer removes). */
  private static final int WINDOW = 2;

  private final Options options;
  /**
   * The exact representation's words, but على kept (written with ى it is a stopword from chain version 4 on): the
   * thresholds were set on contexts that hold it, and dropping the commonest context word moved 14 pairs across them,
   * true pairs of the test set among them.
   */
  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new ConnectorPunctuationCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new FahrasFoldingFilter(source, ArabicStopFilterFactory.stopwords()));
    }
  };
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1 << 16];
  private long tokens;
  private final List<int[]> docs = new ArrayList<>();
  private final List<Integer> docSource = new ArrayList<>();
  private final List<Integer> docMonth = new ArrayList<>();
  private final Map<String, Integer> sources = new LinkedHashMap<>();
  private final Map<Integer, Integer> months = new HashMap<>();
  private long rejected;

  /** A discovery with the default thresholds. */
  public VariantDiscovery() {
    this(Options.defaults());
  }

  /** A discovery with {@code options}. */
  public VariantDiscovery(Options options) {
    this.options = options;
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
    ArticleReader.read(paths, new ArticleReader.Handler() {
      @Override
      public void article(Article article, String file, long line) {
        add(article);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejected++;
      }
    });
  }

  /**
   * Adds the articles stored in the fahras index at {@code dir} (title, body, source, date), read-only: the index
   * may be in use by searches and a writer.
   */
  public void addIndex(Path dir) throws IOException {
    Set<String> fields = Set.of(Schema.TITLE, Schema.BODY, Schema.SOURCE, Schema.PUBLISHED);
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i, fields);
          String published = d.get(Schema.PUBLISHED);
          add(d.get(Schema.TITLE), d.get(Schema.BODY), d.get(Schema.SOURCE),
              published == null ? null : OffsetDateTime.parse(published));
        }
      }
    }
  }

  /** Adds one article. */
  public void add(Article a) {
    add(a.title(), a.body(), a.source(), a.published());
  }

  private void add(String title, String body, String source, OffsetDateTime published) {
    List<Integer> seq = new ArrayList<>();
    if (title != null) {
      tokenize(title, seq);
      seq.add(-1); // no context across title and body
    }
    if (body != null) {
      tokenize(body, seq);
    }
    int[] ids = new int[seq.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = seq.get(i);
    }
    docs.add(ids);
    docSource.add(sources.computeIfAbsent(source == null ? "" : source.toLowerCase(Locale.ROOT), k -> sources.size()));
    docMonth.add(published == null ? -1
        : months.computeIfAbsent(published.getYear() * 12 + published.getMonthValue() - 1, k -> months.size()));
  }

  private void tokenize(String text, List<Integer> seq) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String w = term.toString();
        Integer id = ids.get(w);
        if (id == null) {
          id = words.size();
          ids.put(w, id);
          words.add(w);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[id]++;
        tokens++;
        seq.add(id);
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reading a String cannot fail
    }
  }

  /** Articles added so far. */
  public int articles() {
    return docs.size();
  }

  /** Records of a corpus that could not be read (see {@link ArticleReader}). */
  public long rejected() {
    return rejected;
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
    Integer id = ids.get(w);
    return id == null ? 0 : counts[id];
  }

  /** Builds the table from the articles added so far. */
  public VariantTable build() {
    // 1. candidate pairs: words of one skeleton (STRICT), of a two-consonant skeleton differing only by غ/ج (SHORT),
    // or of one loose skeleton only (LOOSE). A word that looks like a clitic or inflected form of a more frequent
    // word (بيونج: ب + يونج; اليجري: ال + يجري) is kept as a candidate beside a word that is not, and is judged
    // against its base (see below).
    Map<String, List<Integer>> strict = new HashMap<>();
    Map<String, List<Integer>> loose = new HashMap<>();
    Map<Integer, Integer> baseOf = new HashMap<>();
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      if (counts[id] >= options.minCount() && w.length() >= 3 && Skeleton.isArabicWord(w)) {
        String base = inflectedBase(w);
        if (base != null) {
          baseOf.put(id, ids.get(base));
        }
        String s = Skeleton.of(w);
        if (s.length() >= 2) {
          strict.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
        }
        String l = Skeleton.loose(w);
        if (l.length() >= 3) {
          loose.computeIfAbsent(l, k -> new ArrayList<>()).add(id);
        }
      }
    }
    List<int[]> pairs = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (Map<String, List<Integer>> buckets : List.of(strict, loose)) {
      for (Map.Entry<String, List<Integer>> b : buckets.entrySet()) {
        List<Integer> m = b.getValue();
        for (int i = 0; i < m.size(); i++) {
          for (int j = i + 1; j < m.size(); j++) {
            int x = m.get(i);
            int y = m.get(j);
            String wx = words.get(x);
            String wy = words.get(y);
            // a spelling adds or drops at most two letters; two clitic forms pair with each other in countless ways
            if (Math.abs(wx.length() - wy.length()) > 2 || (baseOf.containsKey(x) && baseOf.containsKey(y))
                || Skeleton.inflectionPair(wx, wy)) {
              continue;
            }
            int kind;
            String sx = Skeleton.of(wx);
            if (sx.equals(Skeleton.of(wy))) {
              if (buckets == loose) {
                continue; // found as STRICT
              }
              // two consonants cannot tell names apart (قوله / وقال / غول) unless only غ/ج differs (فيغو / فيجو)
              kind = Skeleton.consonants(wx, wy) >= 3 ? STRICT : Skeleton.gOnly(wx, wy) ? SHORT : -1;
            } else {
              kind = LOOSE;
            }
            if (kind >= 0 && seen.add((long) x << 32 | y)) {
              pairs.add(new int[] {x, y, kind});
            }
          }
        }
      }
    }
    Map<Integer, Integer> cand = new HashMap<>();
    for (int[] p : pairs) {
      cand.putIfAbsent(p[0], cand.size());
      cand.putIfAbsent(p[1], cand.size());
      for (int k = 0; k < 2; k++) {
        Integer base = baseOf.get(p[k]);
        if (base != null) {
          cand.putIfAbsent(base, cand.size());
        }
      }
    }
    int n = cand.size();
    // 2. evidence for the candidate words: contexts, sources, months
    ctxFeature = contextFeatures();
    Profiles pr = profiles(cand);
    double[] nativeness = new double[n];
    for (Map.Entry<Integer, Integer> e : cand.entrySet()) {
      nativeness[e.getValue()] = nativeness(words.get(e.getKey()));
    }
    // 3. decide
    List<VariantTable.Pair> confirmed = new ArrayList<>();
    for (int[] p : pairs) {
      int a = cand.get(p[0]);
      int b = cand.get(p[1]);
      double context = pr.context(a, b, p[0], p[1]);
      double divergence = jensenShannon(pr.src[a], pr.src[b]);
      // a clitic-looking form is a spelling of its partner only if it is used more like the partner than like its
      // base (اليجري beside اليغري, the coach, not beside يجري, "runs")
      double baseContext = 0;
      boolean clitic = baseOf.containsKey(p[0]) || baseOf.containsKey(p[1]);
      // a clitic-looking form's own nativeness is its base's (اليجري: يجري); its partner's tells
      double nativeA = baseOf.containsKey(p[0]) ? nativeness[b] : nativeness[a];
      double nativeB = baseOf.containsKey(p[1]) ? nativeness[a] : nativeness[b];
      for (int k = 0; k < 2; k++) {
        Integer base = baseOf.get(p[k]);
        if (base != null) {
          int c = cand.get(p[k]);
          int cb = cand.get(base);
          baseContext = Math.max(baseContext, pr.context(c, cb, p[k], base));
        }
      }
      String wa = words.get(p[0]);
      String wb = words.get(p[1]);
      boolean ok = confirms(p[2], wa, wb, Math.min(counts[p[0]], counts[p[1]]), nativeA, nativeB, context,
          divergence, clitic, baseContext);
      if (ok) {
        double time = months.size() > 1 ? cosine(pr.mon[a], pr.mon[b]) : 0;
        double confidence = Math.min(1, 0.6 * context + 0.3 * divergence + 0.1 * time);
        confirmed.add(new VariantTable.Pair(words.get(p[0]), words.get(p[1]), Math.max(0.001, confidence)));
      }
    }
    addBareForms(confirmed);
    stats = new Stats(words.size(), n, pairs.size(), confirmed.size());
    List<String> comments = List.of(String.format(Locale.ROOT,
        "built from %d articles, %d words; %d candidate pairs, %d confirmed; options %s",
        docs.size(), words.size(), pairs.size(), confirmed.size(), options));
    return new VariantTable(confirmed, comments);
  }

  /**
   * Why {@code a} / {@code b} (words in the exact representation) are or are not a pair, judged as {@link #build}
   * judges them on the articles added so far: occurrences, skeletons, kind of candidate, clitic-looking bases (with
   * the context similarity to them), nativeness, context similarity, source divergence, and the decision — including
   * why a pair is not even a candidate, and pairs confirmed as the bare forms of a pair with the article. One line,
   * for people tuning a table or asking why two spellings do (not) meet.
   */
  public String explain(String a, String b) {
    if (ids.get(a) == null || ids.get(b) == null) {
      return a + " / " + b + ": " + (ids.get(a) == null ? a : b) + " not seen";
    }
    StringBuilder line = new StringBuilder();
    boolean ok = judge(a, b, line);
    if (!ok && !a.startsWith("ال") && !b.startsWith("ال") && bareCandidate(a, b) && ids.get("ال" + a) != null
        && ids.get("ال" + b) != null && judge("ال" + a, "ال" + b, new StringBuilder())) {
      double context = evidence(java.util.Collections.singletonList(new String[] {a, b})).get(0)[0];
      if (context >= FAMILY_CONTEXT) {
        return line + "; but confirmed as the bare forms of ال" + a + " / ال" + b + " (context "
            + String.format(Locale.ROOT, "%.3f", context) + " >= " + FAMILY_CONTEXT + ")";
      }
    }
    return line.toString();
  }

  /** Appends the evidence on {@code a} / {@code b} (both seen) to {@code line}; true when {@link #build} pairs them. */
  private boolean judge(String a, String b, StringBuilder line) {
    String sa = Skeleton.of(a);
    String sb = Skeleton.of(b);
    String la = Skeleton.loose(a);
    String lb = Skeleton.loose(b);
    String notCandidate = null;
    int kind = -1;
    if (Math.min(count(a), count(b)) < options.minCount()) {
      notCandidate = "seen fewer than " + options.minCount() + " times";
    } else if (!Skeleton.isArabicWord(a) || !Skeleton.isArabicWord(b) || Math.min(a.length(), b.length()) < 3) {
      notCandidate = "not two Arabic words of three letters or more";
    } else if (sa.equals(sb) && sa.length() >= 2) {
      kind = Skeleton.consonants(a, b) >= 3 ? STRICT : Skeleton.gOnly(a, b) ? SHORT : -1;
      if (kind < 0) {
        notCandidate = "two consonants that differ by more than غ/ج";
      }
    } else if (la.equals(lb) && la.length() >= 3) {
      kind = LOOSE;
    } else {
      notCandidate = "no shared skeleton";
    }
    String baseA = inflectedBase(a);
    String baseB = inflectedBase(b);
    if (notCandidate == null) {
      notCandidate = Math.abs(a.length() - b.length()) > 2 ? "lengths differ by more than two letters"
          : baseA != null && baseB != null ? "both look like clitic or inflected forms"
          : Skeleton.inflectionPair(a, b) ? "an inflection or clitic pair of one word" : null;
    }
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {a, b});
    if (baseA != null) {
      pairs.add(new String[] {a, baseA});
    }
    if (baseB != null) {
      pairs.add(new String[] {b, baseB});
    }
    List<double[]> e = evidence(pairs);
    double context = e.get(0)[0];
    double divergence = e.get(0)[1];
    double baseContext = 0;
    for (int i = 1; i < e.size(); i++) {
      baseContext = Math.max(baseContext, e.get(i)[0]);
    }
    // as in build: a clitic-looking form's nativeness is its partner's
    double na = baseA != null ? nativeness(b) : nativeness(a);
    double nb = baseB != null ? nativeness(a) : nativeness(b);
    boolean ok = notCandidate == null && confirms(kind, a, b, Math.min(count(a), count(b)), na, nb, context,
        divergence, baseA != null || baseB != null, baseContext);
    line.append(String.format(Locale.ROOT,
        "%s(%d) / %s(%d): skeleton %s/%s loose %s/%s kind %s base %s/%s (context %.3f) native %.2f/%.2f context %.3f"
            + " sources %.3f oneVowel %b gOnly %b -> %s",
        a, count(a), b, count(b), sa, sb, la, lb,
        kind == STRICT ? "strict" : kind == SHORT ? "short" : kind == LOOSE ? "loose" : "none",
        baseA == null ? "-" : baseA, baseB == null ? "-" : baseB,
        baseContext, na, nb, context, divergence, Skeleton.oneVowel(a, b), Skeleton.gOnly(a, b),
        notCandidate != null ? "not a candidate: " + notCandidate : ok ? "confirmed" : "not confirmed"));
    return ok;
  }


  /**
   * A spelling difference belongs to the word, not to one of its forms: a pair confirmed with the article
   * (الديمقراطيه / الديموقراطيه) also pairs the bare forms when both are seen at least {@link Options#minCount}
   * times. Bare forms are often rarer than those with the article, and have too few neighbours to judge alone.
   */
  private void addBareForms(List<VariantTable.Pair> confirmed) {
    java.util.Set<String> have = new java.util.HashSet<>();
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
      if (bareCandidate(a, b) && have.add(a + "\t" + b)) {
        have.add(b + "\t" + a);
        bare.add(new String[] {a, b});
        confidence.add(p.confidence());
      }
    }
    List<double[]> evidence = evidence(bare);
    List<VariantTable.Pair> added = new ArrayList<>();
    for (int i = 0; i < bare.size(); i++) {
      if (evidence.get(i)[0] >= FAMILY_CONTEXT) {
        added.add(new VariantTable.Pair(bare.get(i)[0], bare.get(i)[1], confidence.get(i)));
      }
    }
    confirmed.addAll(added);
  }

  /**
   * Whether {@code a} / {@code b}, the bare forms of a confirmed pair with the article, may be paired too (given
   * alike enough contexts): both seen at least {@link Options#minCount} times, three consonants or more, one long
   * vowel or غ/ج apart.
   */
  private boolean bareCandidate(String a, String b) {
    return count(a) >= options.minCount() && count(b) >= options.minCount() && Skeleton.of(a).length() >= 3
        && (Skeleton.oneVowel(a, b) || Skeleton.gOnly(a, b));
  }

  /**
   * Context similarity and source divergence of each pair of words (ids known), from one pass over the articles:
   * the same measures {@link #build} computes for its candidates.
   */
  private List<double[]> evidence(List<String[]> pairs) {
    if (ctxFeature == null || ctxFeature.length != words.size()) {
      ctxFeature = contextFeatures();
    }
    Map<Integer, Integer> slot = new HashMap<>();
    for (String[] p : pairs) {
      slot.putIfAbsent(ids.get(p[0]), slot.size());
      slot.putIfAbsent(ids.get(p[1]), slot.size());
    }
    Profiles pr = profiles(slot);
    List<double[]> out = new ArrayList<>();
    for (String[] p : pairs) {
      int ia = ids.get(p[0]);
      int ib = ids.get(p[1]);
      int x = slot.get(ia);
      int y = slot.get(ib);
      out.add(new double[] {pr.context(x, y, ia, ib), jensenShannon(pr.src[x], pr.src[y])});
    }
    return out;
  }

  /**
   * What is known of some words, row by row: the words around them within {@link #WINDOW} positions (by context
   * feature), that vector's norm, and their counts by source and by month.
   */
  private final class Profiles {
    final List<Map<Integer, int[]>> ctx;
    final double[] norms;
    final int[][] src;
    final int[][] mon;

    Profiles(List<Map<Integer, int[]>> ctx, double[] norms, int[][] src, int[][] mon) {
      this.ctx = ctx;
      this.norms = norms;
      this.src = src;
      this.mon = mon;
    }

    /** Context similarity of rows {@code x} and {@code y}, words {@code wx} and {@code wy}. */
    double context(int x, int y, int wx, int wy) {
      return cosine(ctx.get(x), ctx.get(y), norms[x], norms[y], wx, wy);
    }
  }

  /** The profiles of the words of {@code row} (word id → row), from one pass over the articles. */
  private Profiles profiles(Map<Integer, Integer> row) {
    int n = row.size();
    List<Map<Integer, int[]>> ctx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ctx.add(new HashMap<>());
    }
    int[][] src = new int[n][sources.size()];
    int[][] mon = new int[n][Math.max(1, months.size())];
    for (int d = 0; d < docs.size(); d++) {
      int[] seq = docs.get(d);
      int s = docSource.get(d);
      int mo = docMonth.get(d);
      for (int i = 0; i < seq.length; i++) {
        Integer k = seq[i] < 0 ? null : row.get(seq[i]);
        if (k == null) {
          continue;
        }
        src[k][s]++;
        if (mo >= 0) {
          mon[k][mo]++;
        }
        Map<Integer, int[]> c = ctx.get(k);
        for (int j = i - 1; j >= Math.max(0, i - WINDOW) && seq[j] >= 0; j--) {
          c.computeIfAbsent(ctxFeature[seq[j]], x -> new int[1])[0]++;
        }
        for (int j = i + 1; j <= Math.min(seq.length - 1, i + WINDOW) && seq[j] >= 0; j++) {
          c.computeIfAbsent(ctxFeature[seq[j]], x -> new int[1])[0]++;
        }
      }
    }
    double[] norms = new double[n];
    for (int k = 0; k < n; k++) {
      double sum = 0;
      for (Map.Entry<Integer, int[]> e : ctx.get(k).entrySet()) {
        double w = weight(e.getKey(), e.getValue()[0]);
        sum += w * w;
      }
      norms[k] = Math.sqrt(sum);
    }
    return new Profiles(ctx, norms, src, mon);
  }

  /**
   * Both words seen at least {@code COMMON_COUNT} times: enough use to see house styles, so a source divergence
   * below {@code COMMON_SOURCES} means two words, not two spellings.
   */
  static final int COMMON_COUNT = 100;
  static final double COMMON_SOURCES = 0.06;

  /** Context similarity a bare pair needs when its forms with the article are a confirmed pair. */
  static final double FAMILY_CONTEXT = 0.08;

  private static final String[] CLITICS = {"و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "فال", "كال", "لل", "وب", "ول",
      "وس", "فب", "فل"};
  private static final String[] ENDINGS = {"ه", "ها", "هم", "هما", "كم", "نا", "ي", "ا", "ات", "ون", "ين", "ان", "يه",
      "يا", "ته", "تها", "تهم", "وا"};

  /** The more frequent word of which {@code w} looks like a clitic or inflected form, or null. */
  private String inflectedBase(String w) {
    int c = count(w);
    for (String p : CLITICS) {
      if (w.length() - p.length() >= 3 && w.startsWith(p) && count(w.substring(p.length())) >= c) {
        return w.substring(p.length());
      }
    }
    for (String e : ENDINGS) {
      if (w.length() - e.length() >= 3 && w.endsWith(e) && count(w.substring(0, w.length() - e.length())) >= c) {
        return w.substring(0, w.length() - e.length());
      }
    }
    return null;
  }


  /** Context feature of each word id: its skeleton class (so that house spellings of context words meet). */
  private int[] ctxFeature;
  private long[] featureCounts;

  private int[] contextFeatures() {
    int[] f = new int[words.size()];
    Map<String, Integer> classes = new HashMap<>();
    List<Long> fc = new ArrayList<>();
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      String key = Skeleton.isArabicWord(w) && w.length() >= 3 ? "s:" + Skeleton.contextClass(w) + ":" + w.length() / 3 : "w:" + w;
      Integer c = classes.get(key);
      if (c == null) {
        c = classes.size();
        classes.put(key, c);
        fc.add(0L);
      }
      f[id] = c;
      fc.set(c, fc.get(c) + counts[id]);
    }
    featureCounts = new long[fc.size()];
    for (int i = 0; i < featureCounts.length; i++) {
      featureCounts[i] = fc.get(i);
    }
    return f;
  }

  /** Context weight: log-scaled count times the context feature's inverse frequency. */
  private double weight(int feature, int n) {
    return Math.log1p(n) * Math.log((double) tokens / featureCounts[feature]);
  }

  /** Cosine of two context vectors, leaving out the pair's own words (one may stand beside the other). */
  private double cosine(Map<Integer, int[]> x, Map<Integer, int[]> y, double nx, double ny, int wx, int wy) {
    if (nx == 0 || ny == 0) {
      return 0;
    }
    Map<Integer, int[]> small = x.size() <= y.size() ? x : y;
    Map<Integer, int[]> large = small == x ? y : x;
    double dot = 0;
    for (Map.Entry<Integer, int[]> e : small.entrySet()) {
      int k = e.getKey();
      if (k == ctxFeature[wx] || k == ctxFeature[wy]) {
        continue;
      }
      int[] o = large.get(k);
      if (o != null) {
        dot += weight(k, e.getValue()[0]) * weight(k, o[0]);
      }
    }
    return dot / (nx * ny);
  }

  private static double cosine(int[] x, int[] y) {
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += (double) x[i] * y[i];
      nx += (double) x[i] * x[i];
      ny += (double) y[i] * y[i];
    }
    return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  /** Jensen–Shannon divergence in bits (0: same distribution, 1: disjoint) of two smoothed count vectors. */
  static double jensenShannon(int[] x, int[] y) {
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i] + 0.5;
      sy += y[i] + 0.5;
    }
    double js = 0;
    for (int i = 0; i < x.length; i++) {
      double p = (x[i] + 0.5) / sx;
      double q = (y[i] + 0.5) / sy;
      double m = (p + q) / 2;
      js += 0.5 * p * Math.log(p / m) + 0.5 * q * Math.log(q / m);
    }
    return Math.max(0, js / Math.log(2));
  }

  private static final String[] ARTICLE = {"ال", "وال", "بال", "فال", "كال", "لل"};
  private static final String[] SUFFIX = {"ه", "ها", "هم", "هما", "كم", "نا", "ات", "ون", "ين"};
  private static final String IMPERFECT = "يتنا";

  /**
   * How much {@code w} behaves as an ordinary Arabic word here: occurrences of its morphological family (with the
   * article ال when it has none; its bare form with pronoun, plural or feminine endings; for a verb, the other
   * persons of the imperfect: تحمل → يحمل) per occurrence of {@code w}. Names and loanwords take few of these.
   */
  double nativeness(String w) {
    boolean hasArticle = w.startsWith("ال") && w.length() > 4;
    String bare = hasArticle ? w.substring(2) : w;
    long forms = 0;
    if (!hasArticle) {
      for (String a : ARTICLE) {
        forms += count(a + bare);
      }
      if (IMPERFECT.indexOf(bare.charAt(0)) >= 0 && bare.length() >= 4) {
        for (int i = 0; i < IMPERFECT.length(); i++) {
          if (IMPERFECT.charAt(i) != bare.charAt(0)) {
            forms += count(IMPERFECT.charAt(i) + bare.substring(1));
          }
        }
      }
    }
    for (String p : SUFFIX) {
      forms += count(bare + p);
    }
    if (hasArticle) {
      // the bare noun itself (خامسه beside الخامسه); loanwords keep their article (الانترنت, rarely انترنت)
      forms += count(bare) + count("و" + bare) + count("ب" + bare);
    }
    return forms < 3 ? 0 : (double) forms / count(w);
  }
}
